import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The layers of Convene, lowest first. A folder may import only the folders listed for it (and
 * itself): contracts ← db ← audit ← identity ← access ← domain ← signalling ← server. `sfu/` is a
 * leaf that knows no domain; `web/` sees only the contracts it shares with the server. Tests and
 * their support, playwright/ and bench/ may reach anything, since they drive the whole.
 */
export const LAYERS = {
  contracts: [],
  db: ['contracts'],
  audit: ['db', 'contracts'],
  identity: ['audit', 'db', 'contracts'],
  access: ['identity', 'db', 'contracts'],
  domain: ['access', 'identity', 'audit', 'db', 'contracts'],
  sfu: ['contracts'],
  signalling: ['sfu', 'access', 'contracts'],
  server: ['signalling', 'domain', 'access', 'identity', 'audit', 'db', 'sfu', 'contracts'],
  scripts: ['server', 'signalling', 'domain', 'access', 'identity', 'audit', 'db', 'sfu', 'contracts'],
  web: ['contracts'],
};

const root = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');
const topOf = (file) => relative(root, file).split(sep)[0];
const exempt = (file) => /\.(test|spec)\.tsx?$/.test(file) || file.includes(`${sep}test-support${sep}`);

/** ESLint rule: an import that goes up a layer (or sideways into one not listed) is an error. */
const oneWay = {
  meta: {
    type: 'problem',
    docs: { description: 'imports follow the layers, one way' },
    messages: {
      upward:
        "{{from}}/ may not import from {{to}}/ ('{{spec}}'): {{from}}/ may use only {{allowed}}. See ARCHITECTURE.md.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = topOf(file);
    if (!(from in LAYERS) || exempt(file)) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = topOf(join(dirname(file), spec));
      if (to === from || LAYERS[from].includes(to)) return;
      const allowed = LAYERS[from].length ? LAYERS[from].map((l) => `${l}/`).join(', ') : 'nothing outside itself';
      context.report({ node: node.source, messageId: 'upward', data: { from, to, spec, allowed } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'one-way': oneWay } };
