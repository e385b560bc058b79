'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ActionItem } from '../../../../contracts/mdt-outcome';
import { actionProblems, type ActionDraft, type ActionProblems } from '../action-items';
import { roleInSentence, ukCalendarDay } from '../case-words';
import type { ActionOwner } from '../mdt-live-api';

type Part = keyof ActionDraft;
const ORDER: Part[] = ['what', 'ownerUserId', 'due'];

/** One part of the form: its label, its error message (when there is one) and its input. */
function Group(p: { id: string; label: string; hint?: string; problem?: string; children: ReactNode }) {
  return (
    <div className={`nhsuk-form-group${p.problem ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={p.id}>
        {p.label}
      </label>
      {p.hint ? (
        <div className="nhsuk-hint" id={`${p.id}-hint`}>
          {p.hint}
        </div>
      ) : null}
      {p.problem ? (
        <p className="nhsuk-error-message" id={`${p.id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {p.problem}
        </p>
      ) : null}
      {p.children}
    </div>
  );
}

/**
 * Adding one action, or changing one: what, who (someone on the MDT's team), and by when. Nothing
 * is written until it is saved; then it is checked here first, and each problem is said at its input.
 */
export function ActionForm(p: {
  id: string;
  owners: ActionOwner[];
  start: ActionDraft;
  before?: ActionItem;
  onSave(d: ActionDraft): void;
  onCancel(): void;
}) {
  const [d, setD] = useState(p.start);
  const [problems, setProblems] = useState<ActionProblems>({});
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const ids = { what: `${p.id}-what`, ownerUserId: `${p.id}-owner`, due: `${p.id}-due` };
  const set = (part: Part, value: string) => setD((old) => ({ ...old, [part]: value }));
  const described = (part: Part, hint = false) =>
    [hint ? `${ids[part]}-hint` : '', problems[part] ? `${ids[part]}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const save = () => {
    const found = actionProblems(d, p.owners, p.before);
    setProblems(found);
    const wrong = ORDER.find((part) => found[part]);
    if (wrong) return document.getElementById(ids[wrong])?.focus();
    p.onSave(d);
  };
  const invalid = (part: Part) => (problems[part] ? ' nhsuk-input--error' : '');
  return (
    <div className="convene-mdt-action-form" data-testid="action-form">
      <Group id={ids.what} label="What is to be done" problem={problems.what}>
        <textarea
          ref={first}
          id={ids.what}
          className={`nhsuk-textarea${problems.what ? ' nhsuk-textarea--error' : ''}`}
          rows={2}
          value={d.what}
          aria-describedby={described('what')}
          onChange={(e) => set('what', e.target.value)}
        />
      </Group>
      <Group
        id={ids.ownerUserId}
        label="Who will do it"
        hint="Someone on this MDT's team"
        problem={problems.ownerUserId}
      >
        <select
          id={ids.ownerUserId}
          className={`nhsuk-select${problems.ownerUserId ? ' nhsuk-select--error' : ''}`}
          value={d.ownerUserId}
          aria-describedby={described('ownerUserId', true)}
          onChange={(e) => set('ownerUserId', e.target.value)}
        >
          <option value="">Select a person</option>
          {p.before && !p.owners.some((o) => o.id === p.before!.ownerUserId) ? (
            <option value={p.before.ownerUserId}>Someone no longer on the team</option>
          ) : null}
          {p.owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.coreRole ? `${o.name}, ${roleInSentence(o.coreRole)}` : o.name}
            </option>
          ))}
        </select>
      </Group>
      <Group id={ids.due} label="Due by" problem={problems.due}>
        <input
          id={ids.due}
          type="date"
          className={`nhsuk-input nhsuk-input--width-10${invalid('due')}`}
          min={p.before?.due === d.due ? undefined : ukCalendarDay()}
          value={d.due}
          aria-describedby={described('due')}
          onChange={(e) => set('due', e.target.value)}
        />
      </Group>
      <div className="nhsuk-button-group">
        <button type="button" className="nhsuk-button nhsuk-button--small" onClick={save}>
          {p.before ? 'Save this action' : 'Add this action'}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={p.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
