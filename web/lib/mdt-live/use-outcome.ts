'use client';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import { FIELD_LABELS, isOutcomeField, OUTCOME_FIELDS, type OutcomeField } from '../../../contracts/mdt-outcome';
import { fetchOutcome, type OutcomeAnswer } from './mdt-live-api';
import { OutcomeEditor, type OutcomeSnapshot } from './outcome-editor';

/** One field's failure, shown at the field: a refusal is not a clash, and says why. */
export type FieldErrors = Partial<Record<OutcomeField, string>>;

/**
 * The outcome of the case on screen: loaded over HTTP, edited over the socket field by field, and
 * kept up with others' edits as they type. `reload` is for after a sign-off or an amendment, which
 * change the whole draft at once (and are heard from others as `mdt.outcome.state`).
 */
export function useOutcome(caseId: string, signalling: SignallingClient) {
  const [answer, setAnswer] = useState<OutcomeAnswer>();
  const [loadError, setLoadError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [editor, setEditor] = useState<OutcomeEditor>();

  const reload = useCallback(
    async (e: OutcomeEditor) => {
      try {
        const got = await fetchOutcome(caseId);
        setAnswer(got);
        setLoadError(undefined);
        for (const field of OUTCOME_FIELDS) {
          const f = got.fields[field];
          if (f) e.receive(field, { value: f.value ?? null, version: f.version, editedBy: f.editedBy?.name ?? null });
        }
      } catch (err) {
        setLoadError((err as Error).message);
      }
    },
    [caseId],
  );

  useEffect(() => {
    const onError = (field: OutcomeField, err: Error) => {
      setFieldErrors((errs) => ({ ...errs, [field]: `${FIELD_LABELS[field]} was not saved: ${err.message}` }));
      void reload(e);
    };
    const e = new OutcomeEditor(caseId, (edit) => signalling.request('mdt.outcome.edit', edit), onError);
    const stopListening = signalling.on('mdt.outcome.changed', (d) => {
      if (d.caseId === caseId && isOutcomeField(d.field)) e.receive(d.field, d.state);
    });
    // Signed or reopened by someone: the whole draft changed state, so every panel reads it again.
    const stopHearingState = signalling.on('mdt.outcome.state', (d) => {
      if (d.caseId === caseId) void reload(e);
    });
    // Back from a dropped connection: what others wrote meanwhile is read, and what was typed here is sent.
    const stopResuming = signalling.onReconnect(() => {
      void reload(e);
      e.resume();
    });
    setEditor(e);
    void reload(e);
    return () => {
      stopListening();
      stopHearingState();
      stopResuming();
      e.stop();
    };
  }, [caseId, signalling, reload]);

  const snapshot = useSyncExternalStore(
    editor?.subscribe ?? noSubscribe,
    editor?.getSnapshot ?? emptySnapshot,
    editor?.getSnapshot ?? emptySnapshot,
  );
  const type = (field: OutcomeField, value: unknown) => {
    setFieldErrors(({ [field]: _, ...rest }) => rest);
    editor?.type(field, value);
  };
  return { answer, loadError, fieldErrors, snapshot, editor, type, reload: () => editor && reload(editor) };
}

const noSubscribe = () => () => {};
const EMPTY: OutcomeSnapshot = { values: {}, conflicts: {}, unsaved: false };
const emptySnapshot = () => EMPTY;
