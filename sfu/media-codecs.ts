import type { RouterRtpCodecCapability } from 'mediasoup/types';

/**
 * Opus for speech, VP8 for camera and screen: every browser decodes them, and VP8 simulcast
 * lets each receiver get the layer that fits the tile it shows.
 */
export const MEDIA_CODECS: RouterRtpCodecCapability[] = [
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000, parameters: { 'x-google-start-bitrate': 800 } },
];
