import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { startConvene, type RunningConvene } from '../server/app';
import { testConfig } from '../server/test-support/test-config';
import { RequestError, SignallingClient } from '../contracts/client/signalling-client';

const OPUS = {
  codecs: [{ mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2 }],
  encodings: [{ ssrc: 22222222 }],
};
// What a browser sends; its codecs are enough for the router to make a consumer of the producer above.
const CAPS = {
  codecs: [{ kind: 'audio', mimeType: 'audio/opus', preferredPayloadType: 111, clockRate: 48000, channels: 2 }],
};

/** A client whose socket the test can cut, as a network drop would (no close handshake: the server sees 1006). */
function cuttable() {
  const made: WebSocket[] = [];
  const Impl = class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      made.push(this);
    }
  };
  return { Impl: Impl as never, cut: () => made.at(-1)!.terminate() };
}

const refusedAs = (code: string) => (e: unknown) => e instanceof RequestError && e.code === code;
const until = async (what: string, ok: () => boolean, ms = 5_000) => {
  for (const end = Date.now() + ms; !ok(); await new Promise((r) => setTimeout(r, 20)))
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
};

/** Resuming a place in a call on a new socket, against the real server and SFU. */
describe('resuming a call after a dropped connection', () => {
  let app: RunningConvene;
  const url = () => `ws://127.0.0.1:${app.port}/ws`;
  const tokenFor = (sub: string, room: string) =>
    app.tokens.issueAccess({ sub, role: 'clinician', name: sub, rooms: [room] });

  before(async () => {
    app = await startConvene(testConfig({ CALL_RESUME_GRACE_SECONDS: '1.5' }), { web: false });
  });
  after(() => app.close());

  /** A in the room receiving B's microphone, B watching what happens to A. */
  async function pair(room: string) {
    const wire = cuttable();
    const a = await SignallingClient.connect(url(), tokenFor('u-a', room), wire.Impl);
    const b = await SignallingClient.connect(url(), tokenFor('u-b', room), WebSocket as never);
    const joined = await a.request('room.join', { roomId: room });
    await b.request('room.join', { roomId: room });
    await a.request('transport.create', { direction: 'recv' });
    await a.request('peer.ready', { rtpCapabilities: CAPS });
    const send = await b.request('transport.create', { direction: 'send' });
    await b.request('producer.create', {
      transportId: send.transportId,
      kind: 'audio',
      source: 'mic',
      rtpParameters: OPUS,
    });
    const heard: string[] = [];
    b.on('peer.connection', ({ peerId, state }) => heard.push(`${peerId} ${state}`));
    b.on('peer.left', ({ peerId }) => heard.push(`${peerId} left`));
    return { a, b, wire, joined, heard };
  }

  it('gives the same place back on a new socket: same peer, its consumer, and the others hear "reconnecting", never "left"', async () => {
    const { b, wire, joined, heard } = await pair('dev-resume-1');
    wire.cut();
    await until('reconnecting', () => heard.includes('u-a reconnecting'));
    const again = await SignallingClient.connect(url(), tokenFor('u-a', 'dev-resume-1'), WebSocket as never);
    const resumed = await again.request('room.resume', { resumeToken: joined.resumeToken });
    assert.equal(resumed.peerId, joined.peerId);
    assert.deepEqual(
      resumed.peers.map((p) => p.peerId),
      ['u-b'],
    );
    assert.deepEqual(
      resumed.consumers.map((c) => [c.peerId, c.source]),
      [['u-b', 'mic']],
    );
    assert.notEqual(resumed.resumeToken, joined.resumeToken, 'a fresh token for the next drop');
    await until('connected', () => heard.includes('u-a connected'));
    // The resumed socket serves the room: the consumer it already had can be resumed through it.
    await again.request('consumer.resume', { consumerId: resumed.consumers[0]!.consumerId });
    await new Promise((r) => setTimeout(r, 1_800)); // past the grace period: nothing expires
    assert.deepEqual(heard, ['u-a reconnecting', 'u-a connected']);
    assert.equal(app.rooms.get('dev-resume-1')?.peers.size, 2);
    again.close();
    b.close();
  });

  it('refuses a token presented by someone else (and keeps it for its owner), a replayed one and an expired one', async () => {
    const { b, wire, joined, heard } = await pair('dev-resume-2');
    wire.cut();
    await until('reconnecting', () => heard.includes('u-a reconnecting'));
    const intruder = await SignallingClient.connect(url(), tokenFor('u-x', 'dev-resume-2'), WebSocket as never);
    await assert.rejects(intruder.request('room.resume', { resumeToken: joined.resumeToken }), refusedAs('forbidden'));
    await assert.rejects(intruder.request('room.resume', { resumeToken: 'not-a-token!' }), refusedAs('bad_request'));

    const owner = await SignallingClient.connect(url(), tokenFor('u-a', 'dev-resume-2'), WebSocket as never);
    await owner.request('room.resume', { resumeToken: joined.resumeToken });
    const second = await SignallingClient.connect(url(), tokenFor('u-a', 'dev-resume-2'), WebSocket as never);
    await assert.rejects(second.request('room.resume', { resumeToken: joined.resumeToken }), refusedAs('expired'));
    intruder.close();
    second.close();
    owner.close();
    b.close();
  });

  it('lets the place go when nobody resumes it within the grace period: the others hear "left", the token is dead', async () => {
    const { b, wire, joined, heard } = await pair('dev-resume-3');
    wire.cut();
    await until('left', () => heard.includes('u-a left'), 4_000);
    assert.deepEqual(heard, ['u-a reconnecting', 'u-a left']);
    const late = await SignallingClient.connect(url(), tokenFor('u-a', 'dev-resume-3'), WebSocket as never);
    await assert.rejects(late.request('room.resume', { resumeToken: joined.resumeToken }), refusedAs('expired'));
    late.close();
    b.close();
  });

  it('takes out at once a person whose page closes its connection on purpose (leaving the call)', async () => {
    const { a, heard, b } = await pair('dev-resume-4');
    a.close();
    await until('left', () => heard.includes('u-a left'));
    assert.deepEqual(heard, ['u-a left']);
    b.close();
  });
});
