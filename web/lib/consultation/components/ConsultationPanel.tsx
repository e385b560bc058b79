'use client';
import { useState, type FormEvent } from 'react';
import type { SignallingClient } from '../../../../contracts/client/signalling-client';
import { uploadFile, useConsultationFeed } from '../consultation-feed';

const time = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** Chat and shared files beside the video. Everything here is kept with the consultation record. */
export function ConsultationPanel({
  signalling,
  consultationId,
}: {
  signalling: SignallingClient;
  consultationId: string;
}) {
  const items = useConsultationFeed(signalling, consultationId);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const send = async (e: FormEvent) => {
    e.preventDefault();
    const body = draft.trim();
    if (!body) return;
    setError(undefined);
    try {
      await signalling.request('chat.send', { consultationId, body });
      setDraft('');
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const share = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      await uploadFile(consultationId, file);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="convene-panel" aria-label="Messages and files">
      <h2 className="nhsuk-heading-s">Messages and files</h2>
      {error ? (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <ol className="convene-feed" aria-live="polite" data-testid="feed">
        {items.map((item) =>
          item.kind === 'chat' ? (
            <li key={item.messageId} data-testid="chat-message">
              <strong>{item.from}</strong> <span className="nhsuk-body-s">{time(item.sentAt)}</span>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{item.body}</p>
            </li>
          ) : (
            <li key={item.fileId} data-testid="shared-file">
              <strong>{item.from}</strong> shared{' '}
              <a href={`/api/files/${item.fileId}`} download={item.filename}>
                {item.filename}
              </a>{' '}
              <span className="nhsuk-body-s">({Math.ceil(item.sizeBytes / 1024)} KB)</span>
            </li>
          ),
        )}
      </ol>
      <form onSubmit={(e) => void send(e)} className="convene-chat-form">
        <label className="nhsuk-label" htmlFor={`chat-${consultationId}`}>
          Message
        </label>
        <input
          className="nhsuk-input"
          id={`chat-${consultationId}`}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          maxLength={2000}
          autoComplete="off"
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Send message
        </button>
      </form>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={`file-${consultationId}`}>
          Share a picture or PDF (up to 10 MB)
        </label>
        <input
          className="nhsuk-file-upload"
          id={`file-${consultationId}`}
          type="file"
          accept="image/png,image/jpeg,application/pdf"
          disabled={busy}
          onChange={(e) => {
            void share(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
    </section>
  );
}
