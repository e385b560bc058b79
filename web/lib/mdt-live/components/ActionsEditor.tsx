'use client';
import { useRef, useState } from 'react';
import { actionsIn, NO_DRAFT, ownerName, withAction, type ActionDraft } from '../action-items';
import { formatCalendarDate } from '../case-words';
import type { ActionOwner } from '../mdt-live-api';
import { ActionForm } from './ActionForm';

/**
 * The agreed actions of the case on screen: each with who does it by when, changed or removed one
 * at a time, and new ones added. The whole list is the field's value, so every change is one
 * versioned write of it (`onChange`), seen live by the panel like any other field.
 */
export function ActionsEditor(p: {
  id: string;
  value: unknown;
  owners: ActionOwner[];
  ownersError?: string;
  disabled: boolean;
  onChange(list: ReturnType<typeof actionsIn>): void;
}) {
  const list = actionsIn(p.value);
  const [open, setOpen] = useState<'new' | string>();
  const addButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(undefined);
    setTimeout(() => addButton.current?.focus(), 0);
  };
  const save = (d: ActionDraft, id?: string) => {
    p.onChange(withAction(actionsIn(p.value), d, id));
    close();
  };
  const form = (id?: string) => {
    const before = list.find((a) => a.id === id);
    const start = before ? { what: before.what, ownerUserId: before.ownerUserId, due: before.due } : NO_DRAFT;
    return (
      <ActionForm
        id={`${p.id}-${id ?? 'new'}`}
        owners={p.owners}
        start={start}
        before={before}
        onSave={(d) => save(d, id)}
        onCancel={close}
      />
    );
  };
  return (
    <div id={p.id} data-testid="actions-editor">
      {p.ownersError ? <p className="nhsuk-error-message">{p.ownersError}</p> : null}
      {list.length ? (
        <ul className="convene-mdt-actions" data-testid="actions">
          {list.map((a) =>
            open === a.id && !p.disabled ? (
              <li key={a.id}>{form(a.id)}</li>
            ) : (
              <li key={a.id} data-testid="action" data-action-id={a.id}>
                <p className="convene-mdt-actions__what">{a.what}</p>
                <p className="nhsuk-body-s convene-mdt-actions__who">
                  {ownerName(p.owners, a.ownerUserId)}, due by {formatCalendarDate(a.due)}
                </p>
                {p.disabled ? null : (
                  <p className="convene-mdt-actions__buttons">
                    <button type="button" className="convene-link-button" onClick={() => setOpen(a.id)}>
                      Change<span className="nhsuk-u-visually-hidden"> the action “{a.what}”</span>
                    </button>
                    <button
                      type="button"
                      className="convene-link-button"
                      onClick={() => p.onChange(list.filter((x) => x.id !== a.id))}
                    >
                      Remove<span className="nhsuk-u-visually-hidden"> the action “{a.what}”</span>
                    </button>
                  </p>
                )}
              </li>
            ),
          )}
        </ul>
      ) : (
        <p className="nhsuk-body-s">No actions agreed yet.</p>
      )}
      {p.disabled ? null : open === 'new' ? (
        form()
      ) : (
        <button
          ref={addButton}
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => setOpen('new')}
        >
          Add an action
        </button>
      )}
    </div>
  );
}
