/**
 * The path of a request, or null when the target is malformed: not starting with one `/`, with an
 * empty segment (`//`), or with percent-encoding that does not decode. Parsed against a fixed
 * origin so that `//host/x` can never be read as another host's path.
 */
export function requestPath(target: string | undefined): string | null {
  if (!target?.startsWith('/')) return null;
  let path: string;
  try {
    path = new URL(`http://convene.invalid${target}`).pathname;
  } catch {
    return null;
  }
  if (path.includes('//')) return null;
  try {
    for (const segment of path.split('/')) decodeURIComponent(segment);
  } catch {
    return null;
  }
  return path;
}
