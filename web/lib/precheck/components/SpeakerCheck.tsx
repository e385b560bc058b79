'use client';
import { useRef, useState } from 'react';
import { playTestTone } from '../test-tone';
import type { SpeakerState } from '../verdict';
import { CheckSection } from './CheckSection';

const STATUS = { untested: 'untested', heard: 'working', 'not-heard': 'problem' } as const;

/** Plays a test sound and asks whether it was heard: only the person can tell. */
export function SpeakerCheck({ answer, onAnswer }: { answer: SpeakerState; onAnswer(a: SpeakerState): void }) {
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [played, setPlayed] = useState(false);
  const [error, setError] = useState<string>();

  const play = async () => {
    if (!audio.current) return;
    setPlaying(true);
    setPlayed(true);
    setError(undefined);
    try {
      await playTestTone(audio.current);
    } catch (err) {
      setError(`The test sound could not be played (${(err as Error).message}).`);
    } finally {
      setPlaying(false);
    }
  };

  return (
    <CheckSection id="speaker" title="Speaker or headphones" status={STATUS[answer]}>
      <p>Turn your volume up, then play the test sound.</p>
      <audio ref={audio} data-testid="test-sound" />
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => void play()}
        disabled={playing}
      >
        {playing ? 'Playing test sound…' : 'Play test sound'}
      </button>
      {error ? <p className="nhsuk-error-message">{error}</p> : null}
      {played ? (
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Did you hear it?</legend>
          <div className="nhsuk-button-group">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              aria-pressed={answer === 'heard'}
              onClick={() => onAnswer('heard')}
            >
              Yes, I heard it
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              aria-pressed={answer === 'not-heard'}
              onClick={() => onAnswer('not-heard')}
            >
              No, I did not hear it
            </button>
          </div>
        </fieldset>
      ) : null}
    </CheckSection>
  );
}
