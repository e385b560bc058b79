'use client';
import type { FieldView } from '../outcome-editor';

/**
 * Someone else's write got in first: their words beside the person's own (still in the input), and
 * the choice is the person's. Nothing is overwritten until they press one of the two.
 */
export function FieldConflict(p: {
  id: string;
  theirs: FieldView;
  theirWords: string;
  onUseTheirs(): void;
  onKeepMine(): void;
}) {
  return (
    <div className="convene-mdt-conflict" data-testid="field-conflict">
      <p className="nhsuk-error-message" id={p.id} role="alert">
        <span className="nhsuk-u-visually-hidden">Error:</span> {p.theirs.editedBy ?? 'Someone'} changed this while you
        were typing: “{p.theirWords}”
      </p>
      <div className="nhsuk-button-group">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={p.onUseTheirs}
        >
          Use theirs
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={p.onKeepMine}
        >
          Keep mine
        </button>
      </div>
    </div>
  );
}
