'use client';
import { useState, type FormEvent } from 'react';
import { ConsentCheckbox } from '../../guest/components/ConsentCheckbox';
import { ErrorSummary } from '../../guest/components/ErrorSummary';

const AGREE_ID = 'external-agree';
const AGREE_MISSING = 'Confirm you will keep what you see and hear confidential';

/**
 * Before the link is used up: who they are joining as (the coordinator's words, not theirs to change)
 * and their agreement to keep the patients' information confidential and record nothing.
 */
export function ExternalAgreement(p: { name: string; error?: string | undefined; onContinue(): Promise<void> }) {
  const [agreed, setAgreed] = useState(false);
  const [missing, setMissing] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(agreed ? undefined : AGREE_MISSING);
    if (!agreed) return;
    setBusy(true);
    await p.onContinue().finally(() => setBusy(false));
  };
  const problems = [missing, p.error].filter(Boolean).map((message) => ({ field: AGREE_ID, message: message! }));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary problems={problems} />
      <p>
        You have been invited to this MDT meeting as <strong data-testid="external-name">{p.name}</strong>. You will
        join the video call and see the case the panel is discussing, with the patient&apos;s details. The team records
        the outcome.
      </p>
      <ConsentCheckbox
        id={AGREE_ID}
        checked={agreed}
        onChange={setAgreed}
        error={missing}
        label="I will keep the patient information I see and hear confidential, and I will not record the meeting."
      />
      <button className="nhsuk-button" type="submit" disabled={busy}>
        Continue
      </button>
    </form>
  );
}
