import type { ConnectivityResult, MediaServerAddress } from './connectivity-probe';
import type { DeviceState } from './local-media';

export type SpeakerState = 'untested' | 'heard' | 'not-heard';
export type ConnectionCheck =
  { state: 'checking' } | { state: 'done'; result: ConnectivityResult } | { state: 'error'; message: string };

export interface PrecheckState {
  camera: DeviceState;
  mic: DeviceState;
  /** The microphone's level has reached MIC_HEARD_LEVEL at least once during the check. */
  micHeard: boolean;
  speaker: SpeakerState;
  connection: ConnectionCheck;
}

export interface Problem {
  id: string;
  /** What is wrong, in the person's terms. */
  title: string;
  /** What to do about it. */
  advice: string;
  /** A few words for the clinician's queue. */
  note: string;
}

export interface Verdict {
  /** Everything that can be checked without the person's answer has been. */
  ready: boolean;
  passed: boolean;
  headline: string;
  problems: Problem[];
  /** For the clinician (PrecheckResult.summary): at most 300 characters. */
  summary: string;
}

/** Below this a consultation's video is blurred or freezes; the probe starts at about 1000 kbps. */
export const SLOW_KBPS = 250;
/** More than this share of packets lost breaks up sound and picture. */
export const MAX_LOSS = 0.05;

export type ConnectionQuality = 'good' | 'slow' | 'failed';

export function connectionQuality(r: ConnectivityResult): ConnectionQuality {
  if (!r.connected) return 'failed';
  const sent = r.packetsReceived + r.packetsLost;
  const loss = sent > 0 ? r.packetsLost / sent : 0;
  return r.bitrateKbps < SLOW_KBPS || loss > MAX_LOSS ? 'slow' : 'good';
}

/** "UDP port 40000 and TCP port 40000 on 203.0.113.5": what IT staff need to allow. */
export function describeMediaServer(addresses: MediaServerAddress[]): string {
  const byHost = new Map<string, string[]>();
  for (const a of addresses) {
    const ports = byHost.get(a.address) ?? [];
    const port = `${a.protocol.toUpperCase()} port ${a.port}`;
    if (!ports.includes(port)) ports.push(port);
    byHost.set(a.address, ports);
  }
  return [...byHost].map(([host, ports]) => `${ports.join(' and ')} on ${host}`).join('; ');
}

const DEVICE_ADVICE: Record<'camera' | 'microphone', Record<Exclude<DeviceState, 'checking' | 'ok'>, Problem>> = {
  camera: {
    blocked: {
      id: 'camera-blocked',
      title: 'Your browser has blocked the camera',
      advice:
        'Select the camera or padlock icon in the address bar and choose Allow for the camera and microphone, then select Check again. On a phone or tablet, also check the browser is allowed to use the camera in Settings.',
      note: 'camera blocked by the browser',
    },
    'not-found': {
      id: 'camera-not-found',
      title: 'We could not find a camera',
      advice:
        'Check your camera is plugged in and switched on, then select Check again. You can also join from a phone or tablet.',
      note: 'no camera found',
    },
    'in-use': {
      id: 'camera-in-use',
      title: 'Your camera is being used by another app',
      advice: 'Close other apps that use the camera, such as Teams, Zoom or WhatsApp, then select Check again.',
      note: 'camera in use by another app',
    },
    failed: {
      id: 'camera-failed',
      title: 'Your camera could not be started',
      advice: 'Use an up-to-date browser such as Chrome, Edge, Safari or Firefox, restart it, then select Check again.',
      note: 'camera did not start',
    },
  },
  microphone: {
    blocked: {
      id: 'mic-blocked',
      title: 'Your browser has blocked the microphone',
      advice:
        'Select the camera or padlock icon in the address bar and choose Allow for the microphone, then select Check again.',
      note: 'microphone blocked by the browser',
    },
    'not-found': {
      id: 'mic-not-found',
      title: 'We could not find a microphone',
      advice: 'Plug in a headset or microphone, then select Check again.',
      note: 'no microphone found',
    },
    'in-use': {
      id: 'mic-in-use',
      title: 'Your microphone is being used by another app',
      advice: 'Close other apps that use the microphone, then select Check again.',
      note: 'microphone in use by another app',
    },
    failed: {
      id: 'mic-failed',
      title: 'Your microphone could not be started',
      advice: 'Use an up-to-date browser such as Chrome, Edge, Safari or Firefox, then select Check again.',
      note: 'microphone did not start',
    },
  },
};

function connectionProblem(c: ConnectionCheck): Problem | undefined {
  if (c.state === 'error') {
    return {
      id: 'connection-untested',
      title: 'We could not test your connection',
      advice: 'Check you are connected to the internet, then select Check again.',
      note: `connection check could not run (${c.message.slice(0, 80)})`,
    };
  }
  if (c.state !== 'done') return undefined;
  const r = c.result;
  const quality = connectionQuality(r);
  if (quality === 'failed') {
    return {
      id: 'connection-failed',
      title: 'We could not connect to the video service',
      advice: `The network you are on may block video calls. Try another network, such as mobile data, or ask your IT team to allow video calls to ${describeMediaServer(r.mediaServer)}.`,
      note: 'connection to the media server failed (network may block video)',
    };
  }
  if (quality === 'slow') {
    return {
      id: 'connection-slow',
      title: 'Your internet connection is slow',
      advice:
        'Move closer to your Wi-Fi router, or use Wi-Fi instead of mobile data. Ask others using the same internet to pause downloads and streaming. The call may still work, with a less clear picture.',
      note: `slow connection (${r.bitrateKbps} kbps, ${r.packetsLost} packets lost)`,
    };
  }
  return undefined;
}

const SPEAKER_PROBLEM: Problem = {
  id: 'speaker-not-heard',
  title: 'You did not hear the test sound',
  advice: 'Turn up the volume and check the sound is not muted, or plug in headphones, then play the test sound again.',
  note: 'did not hear the test sound',
};

const MIC_SILENT: Problem = {
  id: 'mic-silent',
  title: 'We could not hear your microphone',
  advice:
    'Check your microphone is not muted (some headsets have a mute switch) and is plugged in, then say something: the level bar should move.',
  note: 'no microphone signal',
};

function connectionNote(c: ConnectionCheck): string {
  if (c.state !== 'done' || !c.result.connected) return '';
  return ` (${c.result.protocol?.toUpperCase() ?? 'connected'}, ${c.result.bitrateKbps} kbps)`;
}

/** The check's outcome from what has been found so far: what the person sees and what the clinician is told. */
export function precheckVerdict(s: PrecheckState): Verdict {
  const ready = s.camera !== 'checking' && s.mic !== 'checking' && s.connection.state !== 'checking';
  const problems: Problem[] = [];
  if (s.camera !== 'checking' && s.camera !== 'ok') problems.push(DEVICE_ADVICE.camera[s.camera]);
  if (s.mic !== 'checking' && s.mic !== 'ok') problems.push(DEVICE_ADVICE.microphone[s.mic]);
  // Silence only counts once the rest is done: people need a moment to say something.
  else if (s.mic === 'ok' && !s.micHeard && ready) problems.push(MIC_SILENT);
  if (s.speaker === 'not-heard') problems.push(SPEAKER_PROBLEM);
  const connection = connectionProblem(s.connection);
  if (connection) problems.push(connection);

  const passed = ready && problems.length === 0;
  const speaker = s.speaker === 'heard' ? 'speaker confirmed' : 'speaker not tested';
  const summary = passed
    ? `Camera, microphone and connection working${connectionNote(s.connection)}; ${speaker}`
    : `Problems: ${problems.map((p) => p.note).join('; ')}`;
  let headline = 'Checking your camera, microphone and connection';
  if (passed) headline = 'Your camera, microphone and connection are working';
  else if (problems.length === 1) headline = problems[0]!.title;
  else if (problems.length > 1) headline = `We found ${problems.length} problems`;
  return { ready, passed, headline, problems, summary: summary.slice(0, 300) };
}
