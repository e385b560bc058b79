'use client';
import type { ReactNode } from 'react';
import type { CallState } from '../call-state';

export interface CallControlsProps {
  state: CallState;
  onToggleMic(): void;
  onToggleCamera(): void;
  onToggleScreen(): void;
  onLeave(): void;
  /** What the screen adds for its kind of call (staff: ending the consultation), after "Leave call". */
  extra?: ReactNode;
}

/** Phones and some browsers cannot share a screen: the button is not offered there at all. */
const canShareScreen = (): boolean =>
  typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getDisplayMedia === 'function';

/**
 * The call's buttons. Each says what it will do, and aria-pressed says what is on now. Leaving is
 * a secondary action: it ends nothing for the others.
 */
export function CallControls({
  state,
  onToggleMic,
  onToggleCamera,
  onToggleScreen,
  onLeave,
  extra,
}: CallControlsProps) {
  const sharing = Boolean(state.local.screen);
  return (
    <div className="convene-controls" role="toolbar" aria-label="Call controls">
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        aria-pressed={state.micMuted}
        onClick={onToggleMic}
        disabled={!state.local.mic}
      >
        {state.micMuted ? 'Unmute microphone' : 'Mute microphone'}
      </button>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        aria-pressed={state.cameraOff}
        onClick={onToggleCamera}
      >
        {state.cameraOff ? 'Turn camera on' : 'Turn camera off'}
      </button>
      {canShareScreen() ? (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          aria-pressed={sharing}
          onClick={onToggleScreen}
        >
          {sharing ? 'Stop sharing' : 'Share screen'}
        </button>
      ) : null}
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onLeave}>
        Leave call
      </button>
      {extra}
    </div>
  );
}
