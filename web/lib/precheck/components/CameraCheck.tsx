'use client';
import { MediaElement } from '../../call/components/MediaElement';
import type { DeviceState } from '../local-media';
import { CheckSection } from './CheckSection';
import styles from './Precheck.module.css';

const NO_PICTURE: Record<Exclude<DeviceState, 'ok'>, string> = {
  checking: 'Starting your camera…',
  blocked: 'Your browser has blocked the camera.',
  'not-found': 'We could not find a camera.',
  'in-use': 'Your camera is being used by another app.',
  failed: 'Your camera could not be started.',
};

export function CameraCheck({ state, track }: { state: DeviceState; track: MediaStreamTrack | undefined }) {
  const status = state === 'checking' ? 'checking' : state === 'ok' ? 'working' : 'problem';
  return (
    <CheckSection id="camera" title="Camera" status={status}>
      <div className={styles.preview}>
        {state === 'ok' && track ? (
          <MediaElement track={track} kind="video" label="Your camera preview" />
        ) : (
          <p className={styles.noPicture}>{NO_PICTURE[state === 'ok' ? 'failed' : state]}</p>
        )}
      </div>
      {state === 'ok' ? (
        <p className="nhsuk-body-s">Check you can see yourself. Only you can see this picture.</p>
      ) : null}
    </CheckSection>
  );
}
