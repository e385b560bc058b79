import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, normalize, extname } from 'node:path';

const require = createRequire(import.meta.url);
// The NHS design system's CSS refers to its icons at /assets/images/…; serve them from the package.
const distRoot = join(dirname(require.resolve('nhsuk-frontend/package.json')), 'dist/nhsuk');
const assetsRoot = join(distRoot, 'assets');
export const NHS_CSS_PATH = '/assets/nhsuk-frontend.css';

/**
 * The design system's stylesheet is served as it ships rather than through the bundler (its
 * IE-only `@media screen\0` hacks do not parse there), less the @font-face rules that load the
 * NHS font from a CDN: a self-hosted service makes no third-party requests, and the font is
 * licensed for nhs.uk only. Browsers fall back to Arial, as the design system intends.
 */
let nhsCss: Buffer | undefined;
function nhsStylesheet(): Buffer {
  nhsCss ??= Buffer.from(
    readFileSync(join(distRoot, 'nhsuk-frontend.min.css'), 'utf8').replace(/@font-face\{[^}]*\}/g, ''),
  );
  return nhsCss;
}
const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

export function serveNhsAssets(path: string, res: ServerResponse): boolean {
  if (path === NHS_CSS_PATH) {
    res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' });
    res.end(nhsStylesheet());
    return true;
  }
  if (!path.startsWith('/assets/')) return false;
  const file = normalize(join(assetsRoot, path.slice('/assets/'.length)));
  const type = TYPES[extname(file)];
  if (!file.startsWith(assetsRoot + '/') || !type || !existsSync(file) || !statSync(file).isFile()) return false;
  res.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
  createReadStream(file).pipe(res);
  return true;
}
