import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKey, mediasoupDir } from './build-worker';
import { SOURCE_FIXES, listWorkerSources } from './recipe';

describe('mediasoup worker build recipe', () => {
  const worker = join(mediasoupDir(), 'worker');

  it('finds the sources upstream compiles: the worker, libwebrtc and the FlatBuffers schemas', () => {
    const { cpp, libwebrtc, fbs } = listWorkerSources(worker);
    assert.equal(cpp.length, 214);
    assert.equal(libwebrtc.length, 44);
    assert.equal(fbs.length, 28);
    for (const f of [...cpp, ...libwebrtc, ...fbs]) assert.ok(readFileSync(join(worker, f)).length > 0, f);
  });

  it('each source fix matches the shipped mediasoup exactly once', () => {
    for (const fix of SOURCE_FIXES) {
      const text = readFileSync(join(worker, fix.file), 'utf8');
      assert.equal(text.split(fix.from).length - 1, 1, `${fix.file}: the line the fix replaces`);
      assert.equal(text.includes(fix.to), false, `${fix.file}: upstream does not have the fix yet`);
    }
  });

  it('keys the cache by version and inputs: stable for the same inputs, different for another version', () => {
    const dir = mediasoupDir();
    assert.equal(buildKey(dir, '3.27.1'), buildKey(dir, '3.27.1'));
    assert.notEqual(buildKey(dir, '3.27.1'), buildKey(dir, '3.27.2'));
  });
});
