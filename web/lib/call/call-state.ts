import type { MediaSource } from '../../../contracts/protocol/media';

/** What the call looks like to the person in it; a new object on every change (for React). */

export interface RemoteTrack {
  consumerId: string;
  track: MediaStreamTrack;
  /** The sender paused it (muted microphone). */
  paused: boolean;
}

export interface RemotePeer {
  peerId: string;
  displayName: string;
  role: string;
  tracks: Partial<Record<MediaSource, RemoteTrack>>;
  /** Per source, whether the sender has it paused, known even before a track arrives. */
  paused: Partial<Record<MediaSource, boolean>>;
  /** Their connection dropped and is being restored: the tile says so instead of their leaving. */
  reconnecting?: boolean;
}

export interface LocalMedia {
  mic?: MediaStreamTrack;
  camera?: MediaStreamTrack;
  screen?: MediaStreamTrack;
}

export type CallStatus = 'idle' | 'joining' | 'joined' | 'left' | 'failed';

export interface CallState {
  status: CallStatus;
  /** While joined: 'reconnecting' when this person's connection or the room's media is being restored. */
  connection: 'connected' | 'reconnecting';
  error?: string;
  /** Why the server took this person out of the room (held, moved, ended), when it did. */
  closedReason?: string;
  selfId?: string;
  displayName: string;
  local: LocalMedia;
  micMuted: boolean;
  cameraOff: boolean;
  peers: RemotePeer[];
  activeSpeakerId: string | null;
}

export const initialCallState: CallState = {
  status: 'idle',
  connection: 'connected',
  displayName: '',
  local: {},
  micMuted: false,
  cameraOff: false,
  peers: [],
  activeSpeakerId: null,
};

/** Presenter view while anyone, including oneself, shares a screen. */
export function presenter(state: CallState): { peerId: string; track: MediaStreamTrack } | undefined {
  const remote = state.peers.find((p) => p.tracks.screen);
  if (remote?.tracks.screen) return { peerId: remote.peerId, track: remote.tracks.screen.track };
  if (state.local.screen && state.selfId) return { peerId: state.selfId, track: state.local.screen };
  return undefined;
}
