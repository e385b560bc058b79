'use client';
import type { CallState } from '../call-state';

export interface CallControlsProps {
  state: CallState;
  onToggleMic(): void;
  onToggleCamera(): void;
  onToggleScreen(): void;
  onLeave(): void;
}

/** The call's buttons. Each says what it will do, and aria-pressed says what is on now. */
export function CallControls({ state, onToggleMic, onToggleCamera, onToggleScreen, onLeave }: CallControlsProps) {
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
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        aria-pressed={sharing}
        onClick={onToggleScreen}
      >
        {sharing ? 'Stop sharing' : 'Share screen'}
      </button>
      <button type="button" className="nhsuk-button nhsuk-button--warning" onClick={onLeave}>
        Leave call
      </button>
    </div>
  );
}
