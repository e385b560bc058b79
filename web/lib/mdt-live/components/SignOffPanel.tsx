'use client';
import { useState } from 'react';
import { amendOutcome, exportLinks, signOffOutcome, type OutcomeAnswer } from '../mdt-live-api';
import { AmendForm } from './AmendForm';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

/**
 * Sign-off and what follows it: the chair signs the draft into a version; the chair or the
 * coordinator reopens a signed one to amend it, with a reason. Signed versions are listed with the
 * letter and the FHIR export of the latest.
 */
export function SignOffPanel(p: {
  caseId: string;
  outcome: OutcomeAnswer;
  isChair: boolean;
  isCoordinator: boolean;
  onChanged(): void;
}) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
      p.onChanged();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const { versions, state } = p.outcome;
  const links = exportLinks(p.caseId);
  return (
    <div data-testid="sign-off">
      {error ? (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {versions.length ? (
        <ul className="nhsuk-list" data-testid="signed-versions">
          {versions.map((v) => (
            <li key={v.version} data-version={v.version}>
              <strong className="nhsuk-tag nhsuk-tag--green">Version {v.version} signed</strong> by {v.signedBy.name},{' '}
              {when(v.signedAt)}
              {v.amendmentReason ? `. Amended because: ${v.amendmentReason}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {state === 'editing' && p.isChair ? (
        <button
          type="button"
          className="nhsuk-button"
          disabled={busy}
          onClick={() => void run(() => signOffOutcome(p.caseId))}
        >
          Sign off this outcome
        </button>
      ) : null}
      {state === 'signed' && (p.isChair || p.isCoordinator) ? (
        <AmendForm busy={busy} onAmend={(reason) => run(() => amendOutcome(p.caseId, reason))} />
      ) : null}
      {versions.length ? (
        <p className="nhsuk-body-s">
          <a href={links.pdf} target="_blank" rel="noreferrer">
            Outcome letter (PDF)
          </a>{' '}
          ·{' '}
          <a href={links.fhir} target="_blank" rel="noreferrer">
            Outcome as FHIR JSON
          </a>
        </p>
      ) : null}
    </div>
  );
}
