/** Why a camera or microphone is not available, in the terms the advice needs. */
export type DeviceProblem = 'blocked' | 'not-found' | 'in-use' | 'failed';
export type DeviceState = 'checking' | 'ok' | DeviceProblem;

export interface LocalMedia {
  camera: MediaStreamTrack | undefined;
  mic: MediaStreamTrack | undefined;
  cameraState: Exclude<DeviceState, 'checking'>;
  micState: Exclude<DeviceState, 'checking'>;
}

/** getUserMedia's error names, grouped by what the person can do about them. */
export function deviceProblem(err: unknown): DeviceProblem {
  const name = err instanceof Error || err instanceof DOMException ? err.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'blocked';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') {
    return 'not-found';
  }
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'in-use';
  return 'failed';
}

const VIDEO: MediaTrackConstraints = { width: { ideal: 1280 }, height: { ideal: 720 } };

/**
 * Starts the camera and the microphone. Asked for together first (one permission prompt); when
 * that fails each is asked for alone, so one blocked or missing device does not hide the other.
 */
export async function openLocalMedia(): Promise<LocalMedia> {
  if (!navigator.mediaDevices?.getUserMedia) {
    // Browsers only offer cameras to secure (https) pages, and very old ones not at all.
    return { camera: undefined, mic: undefined, cameraState: 'failed', micState: 'failed' };
  }
  try {
    const both = await navigator.mediaDevices.getUserMedia({ audio: true, video: VIDEO });
    return {
      camera: both.getVideoTracks()[0],
      mic: both.getAudioTracks()[0],
      cameraState: 'ok',
      micState: 'ok',
    };
  } catch {
    const [video, audio] = await Promise.allSettled([
      navigator.mediaDevices.getUserMedia({ video: VIDEO }),
      navigator.mediaDevices.getUserMedia({ audio: true }),
    ]);
    return {
      camera: video.status === 'fulfilled' ? video.value.getVideoTracks()[0] : undefined,
      mic: audio.status === 'fulfilled' ? audio.value.getAudioTracks()[0] : undefined,
      cameraState: video.status === 'fulfilled' ? 'ok' : deviceProblem(video.reason),
      micState: audio.status === 'fulfilled' ? 'ok' : deviceProblem(audio.reason),
    };
  }
}

export function stopLocalMedia(media: LocalMedia | undefined): void {
  media?.camera?.stop();
  media?.mic?.stop();
}
