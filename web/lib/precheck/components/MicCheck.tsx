'use client';
import { levelWords } from '../mic-level';
import type { DeviceState } from '../local-media';
import { CheckSection, type CheckStatus } from './CheckSection';
import styles from './Precheck.module.css';

/**
 * The microphone's live level as a bar, with its value in words for screen readers. `silent` is
 * set once the rest of the check has finished without any sound from it.
 */
export function MicCheck({
  state,
  level,
  heard,
  silent,
}: {
  state: DeviceState;
  level: number;
  heard: boolean;
  silent: boolean;
}) {
  let status: CheckStatus = 'checking';
  if (state === 'ok' && heard) status = 'working';
  else if ((state !== 'ok' && state !== 'checking') || silent) status = 'problem';
  return (
    <CheckSection id="mic" title="Microphone" status={status}>
      {state === 'ok' ? (
        <>
          <p id="mic-hint">Say something. The bar should move when you speak.</p>
          <div
            className={styles.meter}
            role="meter"
            aria-label="Microphone level"
            aria-describedby="mic-hint"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={level}
            aria-valuetext={`${level} out of 100, ${levelWords(level)}`}
          >
            <div className={styles.meterBar} style={{ width: `${level}%` }} />
          </div>
          <p className="nhsuk-body-s" aria-live="polite">
            {heard
              ? 'We can hear your microphone.'
              : silent
                ? 'We could not hear anything from your microphone.'
                : 'No sound from your microphone yet.'}
          </p>
        </>
      ) : (
        <p>{state === 'checking' ? 'Starting your microphone…' : 'Your microphone is not available.'}</p>
      )}
    </CheckSection>
  );
}
