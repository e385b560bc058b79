import { createHmac, randomBytes } from 'node:crypto';

/** A minimal STUN binding request with ICE credentials (RFC 5389 / 8445), for tests that play a browser. */
const MAGIC_COOKIE = 0x2112a442;

function attribute(type: number, value: Buffer): Buffer {
  const padded = Buffer.alloc(4 + Math.ceil(value.length / 4) * 4);
  padded.writeUInt16BE(type, 0);
  padded.writeUInt16BE(value.length, 2);
  value.copy(padded, 4);
  return padded;
}

function crc32(buf: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function stunBindingRequest(opts: { serverUfrag: string; clientUfrag: string; serverPassword: string }): Buffer {
  const header = Buffer.alloc(20);
  header.writeUInt16BE(0x0001, 0);
  header.writeUInt32BE(MAGIC_COOKIE, 4);
  randomBytes(12).copy(header, 8);
  const priority = Buffer.alloc(4);
  priority.writeUInt32BE(0x6e0001ff, 0);
  const tieBreaker = randomBytes(8);
  let body = Buffer.concat([
    attribute(0x0006, Buffer.from(`${opts.serverUfrag}:${opts.clientUfrag}`)), // USERNAME
    attribute(0x0024, priority), // PRIORITY
    attribute(0x802a, tieBreaker), // ICE-CONTROLLING
    attribute(0x0025, Buffer.alloc(0)), // USE-CANDIDATE
  ]);
  // MESSAGE-INTEGRITY covers the header with a length that already counts itself (24 bytes).
  header.writeUInt16BE(body.length + 24, 2);
  const hmac = createHmac('sha1', opts.serverPassword)
    .update(Buffer.concat([header, body]))
    .digest();
  body = Buffer.concat([body, attribute(0x0008, hmac)]);
  // FINGERPRINT likewise counts itself (8 bytes).
  header.writeUInt16BE(body.length + 8, 2);
  const fp = Buffer.alloc(4);
  fp.writeUInt32BE((crc32(Buffer.concat([header, body])) ^ 0x5354554e) >>> 0, 0);
  body = Buffer.concat([body, attribute(0x8028, fp)]);
  return Buffer.concat([header, body]);
}

/** True for a STUN Binding Success Response. */
export function isStunBindingSuccess(msg: Buffer): boolean {
  return msg.length >= 20 && msg.readUInt16BE(0) === 0x0101 && msg.readUInt32BE(4) === MAGIC_COOKIE;
}
