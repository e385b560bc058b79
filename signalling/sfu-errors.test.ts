import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UnsupportedError } from 'mediasoup/errors';
import { generateRouterRtpCapabilities } from 'mediasoup/ortc';
import { refusalProtocolCode } from '../contracts/refusal';
import { SfuError } from '../sfu/sfu-error';
import { translateSfuError } from './protocol-error';

/** What a client is told when the SFU refuses what it sent: its own mistake, not a server fault. */
describe('SFU errors are answered as the client’s mistake', () => {
  const codeOf = (err: unknown) => translateSfuError(err)?.code;

  it('answers parameters mediasoup cannot serve (UnsupportedError) with bad_request and its message', () => {
    const thrown = (() => {
      try {
        generateRouterRtpCapabilities([{ kind: 'audio', mimeType: 'audio/no-such-codec', clockRate: 48000 }]);
      } catch (err) {
        return err;
      }
    })();
    assert.ok(thrown instanceof UnsupportedError, 'mediasoup throws UnsupportedError for an unknown codec');
    const translated = translateSfuError(thrown);
    assert.equal(translated?.code, 'bad_request');
    assert.match(translated!.message, /not supported/);
  });

  it('answers any error named UnsupportedError with bad_request', () => {
    const err = Object.assign(new Error('no compatible media codecs'), { name: 'UnsupportedError' });
    assert.equal(codeOf(err), 'bad_request');
  });

  it('answers an out-of-range number (RangeError) with bad_request', () => {
    assert.equal(codeOf(new RangeError('payloadType must be between 0 and 127')), 'bad_request');
  });

  it('still answers malformed parameters (TypeError) with bad_request and keeps SFU error codes', () => {
    assert.equal(codeOf(new TypeError('missing codec.mimeType')), 'bad_request');
    // The SFU's own refusals are answered through the one map every refusal uses.
    assert.equal(refusalProtocolCode(new SfuError('not_found', 'no such producer')), 'not_found');
    assert.equal(refusalProtocolCode(new SfuError('out_of_order', 'join a room first')), 'out_of_order');
  });

  it('leaves other errors untranslated, so they stay internal', () => {
    assert.equal(translateSfuError(new Error('worker died')), undefined);
    assert.equal(translateSfuError('a string'), undefined);
  });
});
