'use client';
import { useEffect, useState } from 'react';
import { EVENT_LABELS, fetchRecord, saveNotes, type RecordView } from '../record-api';
import { describeStep, formatNhsNumber } from './timeline-wording';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

function Time({ iso }: { iso: string }) {
  return <time dateTime={iso}>{when(iso)}</time>;
}

/** Everything that happened in one consultation, for the clinician and the clinical record. */
export function ConsultationRecord({ id }: { id: string }) {
  const [record, setRecord] = useState<RecordView>();
  const [error, setError] = useState<string>();
  const [notes, setNotes] = useState('');
  const [saved, setSaved] = useState<string>();

  useEffect(() => {
    fetchRecord(id).then(
      (r) => {
        setRecord(r);
        setNotes(r.notes?.text ?? '');
      },
      (err: Error) => setError(err.message),
    );
  }, [id]);

  if (error) return <p className="nhsuk-error-message">{error}</p>;
  if (!record) return <p role="status">Loading the record…</p>;
  const { consultation: c, patient } = record;
  return (
    <div>
      <h1 className="nhsuk-heading-l" data-testid="record-heading">
        Consultation{patient ? ` with ${patient.givenName} ${patient.familyName}` : ''}
        {patient?.nhsNumber ? (
          <span className="nhsuk-caption-l">NHS number {formatNhsNumber(patient.nhsNumber)}</span>
        ) : null}
      </h1>
      <dl className="nhsuk-summary-list">
        {[
          ['Service', record.service.name],
          ['Status', c.status.replace('_', ' ')],
          ['Reason', c.reason ?? '—'],
          ['NHS number', patient?.nhsNumber ? formatNhsNumber(patient.nhsNumber) : '—'],
          ['Date of birth', patient?.dateOfBirth ?? '—'],
          [
            'Pre-call check',
            c.precheck ? `${c.precheck.passed ? 'Passed' : 'Problem'}: ${c.precheck.summary}` : 'Not done',
          ],
          ['Recording', 'None: no audio or video was recorded'],
        ].map(([k, v]) => (
          <div className="nhsuk-summary-list__row" key={k}>
            <dt className="nhsuk-summary-list__key">{k}</dt>
            <dd className="nhsuk-summary-list__value">{v}</dd>
          </div>
        ))}
      </dl>
      <p>
        <a className="nhsuk-button nhsuk-button--secondary" href={`/api/consultations/${c.id}/export.pdf`}>
          Download PDF
        </a>{' '}
        <a className="nhsuk-button nhsuk-button--secondary" href={`/api/consultations/${c.id}/export.fhir.json`}>
          Download FHIR R4 (JSON)
        </a>
      </p>
      <h2 className="nhsuk-heading-m">Timeline</h2>
      <ol className="nhsuk-list" data-testid="timeline">
        {record.timeline.map((e, i) => (
          <li key={i}>
            <Time iso={e.at} /> – {describeStep(e, EVENT_LABELS[e.kind])}
          </li>
        ))}
      </ol>
      <h2 className="nhsuk-heading-m">Participants</h2>
      <ul className="nhsuk-list">
        {record.participants.map((p) => (
          <li key={p.participantId}>
            {p.name} ({p.kind === 'staff' ? p.role : p.role}) – joined <Time iso={p.joinedAt} />
            {p.leftAt ? (
              <>
                , left <Time iso={p.leftAt} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <h2 className="nhsuk-heading-m">Messages</h2>
      <ol className="nhsuk-list" data-testid="record-chat">
        {record.chat.length === 0 ? <li>No messages.</li> : null}
        {record.chat.map((m) => (
          <li key={m.messageId}>
            <Time iso={m.sentAt} /> <strong>{m.from}:</strong> {m.body}
          </li>
        ))}
      </ol>
      <h2 className="nhsuk-heading-m">Files</h2>
      <ul className="nhsuk-list" data-testid="record-files">
        {record.files.length === 0 ? <li>No files.</li> : null}
        {record.files.map((f) => (
          <li key={f.fileId}>
            <a href={`/api/files/${f.fileId}`} download={f.filename}>
              {f.filename}
            </a>{' '}
            ({f.contentType}, {Math.ceil(f.sizeBytes / 1024)} KB) from {f.from}, <Time iso={f.sharedAt} />
          </li>
        ))}
      </ul>
      <h2 className="nhsuk-heading-m">Clinician’s notes</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(undefined);
          saveNotes(c.id, notes).then(
            () => setSaved('Notes saved.'),
            (err: Error) => setSaved(err.message),
          );
        }}
      >
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="notes">
            Notes
          </label>
          <textarea
            className="nhsuk-textarea"
            id="notes"
            rows={6}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        </div>
        <button className="nhsuk-button" type="submit">
          Save notes
        </button>
        {saved ? <p role="status">{saved}</p> : null}
      </form>
    </div>
  );
}
