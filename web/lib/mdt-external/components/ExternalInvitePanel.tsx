'use client';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../http/api-error';
import {
  fetchMe,
  listExternalInvites,
  withdrawExternal,
  type CreatedExternalInvite,
  type ExternalInvite,
} from '../external-api';
import { ExternalInviteForm } from './ExternalInviteForm';
import { ExternalInviteList } from './ExternalInviteList';
import { ExternalLinkShown } from './ExternalLinkShown';

/**
 * On the meeting's page, for its coordinator and its chair only (the server refuses anyone else
 * anyway): a link for a clinician from outside the team, shown once, and the links made so far with
 * where each stands, to withdraw.
 */
export function ExternalInvitePanel({ meeting }: { meeting: { id: string; chair: { id: string } | null } }) {
  const [mayInvite, setMayInvite] = useState(false);
  const [invites, setInvites] = useState<ExternalInvite[]>([]);
  const [created, setCreated] = useState<CreatedExternalInvite>();
  const [problem, setProblem] = useState<string>();
  const reload = useCallback(async () => setInvites(await listExternalInvites(meeting.id)), [meeting.id]);
  const chairId = meeting.chair?.id;
  useEffect(() => {
    void fetchMe()
      .then(async (me) => {
        const allowed = me.role === 'coordinator' || me.id === chairId;
        setMayInvite(allowed);
        if (allowed) await reload();
      })
      .catch(() => undefined);
  }, [chairId, reload]);
  if (!mayInvite) return null;
  const withdraw = async (jti: string) => {
    setProblem(undefined);
    await withdrawExternal(jti).catch((err: unknown) =>
      setProblem(err instanceof ApiError ? err.message : 'Convene could not be reached. Try again.'),
    );
    await reload();
  };
  return (
    <section className="convene-panel" aria-labelledby="external-heading" data-testid="external-invites">
      <h2 className="nhsuk-heading-m" id="external-heading">
        Invite an external clinician
      </h2>
      <p>
        For a clinician from outside the team, such as a radiologist from another trust. Their link works once, from an
        hour before the meeting until it ends. With it they join the call and see the case on screen: not the case list,
        the outcomes or anything else in Convene.
      </p>
      {created ? <ExternalLinkShown invite={created} /> : null}
      <ExternalInviteForm
        meetingId={meeting.id}
        onMade={async (made) => {
          setCreated(made);
          await reload();
        }}
      />
      <ExternalInviteList invites={invites} problem={problem} onWithdraw={withdraw} />
    </section>
  );
}
