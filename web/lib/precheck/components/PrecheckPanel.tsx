'use client';
import { useState } from 'react';
import type { z } from 'zod';
import type { SignallingClient } from '../../../../contracts/client/signalling-client';
import type { PrecheckResult } from '../../../../contracts/protocol/methods/consultation';
import { useConnectivityCheck } from '../use-connectivity-check';
import { useLocalMedia } from '../use-local-media';
import { useMicLevel } from '../use-mic-level';
import { precheckVerdict, type SpeakerState } from '../verdict';
import { CameraCheck } from './CameraCheck';
import { ConnectionCheck } from './ConnectionCheck';
import { MicCheck } from './MicCheck';
import { PrecheckSummary } from './PrecheckSummary';
import { SpeakerCheck } from './SpeakerCheck';

export interface PrecheckPanelProps {
  /** An open, authenticated signalling connection: the connectivity probe runs over it. */
  signalling: SignallingClient;
  /** Called when the person moves on, with the verdict for the clinician's queue. */
  onDone(result: z.infer<typeof PrecheckResult>): void;
  /** The button that moves on, e.g. "Continue to the waiting room". */
  doneLabel?: string;
}

/**
 * The pre-call check: camera preview, microphone level, a speaker test and a connectivity test
 * against the media server, then a verdict in plain words with what to do about any problem.
 * The camera and microphone are released when the panel goes.
 */
export function PrecheckPanel({ signalling, onDone, doneLabel = 'Continue' }: PrecheckPanelProps) {
  const [run, setRun] = useState(0);
  const [speaker, setSpeaker] = useState<SpeakerState>('untested');
  const media = useLocalMedia(run);
  const mic = useMicLevel(media?.micState === 'ok' ? media.mic : undefined);
  const connection = useConnectivityCheck(signalling, run);
  const verdict = precheckVerdict({
    camera: media?.cameraState ?? 'checking',
    mic: media?.micState ?? 'checking',
    micHeard: mic.heard,
    speaker,
    connection,
  });

  return (
    <div data-testid="precheck">
      <CameraCheck state={media?.cameraState ?? 'checking'} track={media?.camera} />
      <MicCheck
        state={media?.micState ?? 'checking'}
        level={mic.level}
        heard={mic.heard}
        silent={verdict.problems.some((p) => p.id === 'mic-silent')}
      />
      <SpeakerCheck answer={speaker} onAnswer={setSpeaker} />
      <ConnectionCheck check={connection} />
      <PrecheckSummary verdict={verdict} />
      {/* Always there, so focus stays on "Check again" while the check runs again. */}
      <div className="nhsuk-button-group">
        {verdict.ready ? (
          <button
            type="button"
            className="nhsuk-button"
            onClick={() => onDone({ passed: verdict.passed, summary: verdict.summary })}
          >
            {doneLabel}
          </button>
        ) : null}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => {
            setSpeaker('untested');
            setRun((r) => r + 1);
          }}
        >
          Check again
        </button>
      </div>
    </div>
  );
}
