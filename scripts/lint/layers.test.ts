import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { LAYERS } from './layers.js';

/** The layer rule itself: the layers form no cycle, and an upward import fails lint with a clear message. */
describe('one-way layers', () => {
  it('has no cycle: every folder can be placed below the ones it imports', () => {
    const placed: string[] = [];
    const pending = new Map(Object.entries(LAYERS));
    while (pending.size) {
      const ready = [...pending].filter(([, deps]) => deps.every((d) => placed.includes(d)));
      assert.ok(ready.length, `a cycle among ${[...pending.keys()].join(', ')}`);
      for (const [name] of ready) {
        placed.push(name);
        pending.delete(name);
      }
    }
  });

  it('fails lint on an import that goes up a layer, and passes one that goes down', async () => {
    const eslint = new ESLint();
    const lint = async (file: string, code: string) =>
      (await eslint.lintText(code, { filePath: file }))[0]!.messages.filter((m) => m.ruleId === 'layers/one-way');
    const up = await lint('db/example.ts', "export { may } from '../access/authorize';\n");
    assert.equal(up.length, 1);
    assert.match(up[0]!.message, /db\/ may not import from access\/ \('..\/access\/authorize'\)/);
    assert.equal((await lint('web/lib/example.ts', "import '../../domain/consultations/consultations';\n")).length, 1);
    assert.equal((await lint('sfu/example.ts', "import '../signalling/connection';\n")).length, 1);
    assert.deepEqual(await lint('domain/example.ts', "export { may } from '../access/authorize';\n"), []);
    assert.deepEqual(await lint('db/example.test.ts', "import '../server/app';\n"), [], 'tests drive the whole');
  });
});
