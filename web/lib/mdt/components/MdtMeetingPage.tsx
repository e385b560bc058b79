'use client';
import { useCallback, useState } from 'react';
import { ApiError } from '../../http/api-error';
import { useAdminData } from '../../admin/use-admin-data';
import { meetingTime, movedOne } from '../case-words';
import { M, mdtCall, type MeetingDetail } from '../mdt-api';
import { AddCaseForm } from './AddCaseForm';
import { CaseCard, type CaseActions } from './CaseCard';
import { MdtFrame } from './MdtFrame';
import { ExternalInvitePanel } from '../../mdt-external/components/ExternalInvitePanel';

/**
 * A meeting's case list, in order: what the panel reads beforehand, and where the coordinator
 * prepares it (add, reorder, pass as standard of care, roll over). Every change goes to the server
 * and the list is read back from it, so the page never shows an order the server did not take.
 */
export function MdtMeetingPage({ id }: { id: string }) {
  const { loaded, reload } = useAdminData(useCallback(() => mdtCall(M.meeting, { params: { id } }), [id]));
  const [problem, setProblem] = useState<string | null>(null);
  const act = (change: () => Promise<unknown>) => async () => {
    setProblem(null);
    try {
      await change();
    } catch (err) {
      setProblem(err instanceof ApiError ? err.message : 'Convene could not be reached. Try again.');
    }
    await reload();
  };
  const actionsFor = (detail: MeetingDetail, index: number): CaseActions | null => {
    const item = detail.cases[index]!;
    if (!detail.canManage || item.status !== 'listed') return null;
    const ids = detail.cases.map((c) => c.id);
    const move = (by: -1 | 1) =>
      act(() => mdtCall(M.reorder, { params: { id }, body: { caseIds: movedOne(ids, index, by) } }));
    return {
      up: index > 0 ? move(-1) : undefined,
      down: index < ids.length - 1 ? move(1) : undefined,
      notDiscussed: act(() => mdtCall(M.notDiscussed, { params: { id: item.id }, body: {} })),
      rollOver: act(() => mdtCall(M.rollOver, { params: { id: item.id }, body: {} })),
    };
  };
  return (
    <MdtFrame title="Case list" back={{ href: '/mdt', text: 'MDT meetings' }} loaded={loaded}>
      {(detail) => (
        <>
          <p className="nhsuk-lede-text">
            {detail.meeting.title}: {meetingTime(detail.meeting.startsAt, detail.meeting.endsAt)}
          </p>
          <p>Chair: {detail.meeting.chair?.name ?? 'not set'}</p>
          <p>
            <a className="nhsuk-button" href={`/mdt/meetings/${detail.meeting.id}/live`}>
              Open the live meeting
            </a>
          </p>
          {problem ? (
            <div className="nhsuk-error-summary" role="alert">
              <h2 className="nhsuk-error-summary__title">There is a problem</h2>
              <div className="nhsuk-error-summary__body">
                <p>{problem}</p>
              </div>
            </div>
          ) : null}
          {detail.cases.length ? null : <p>No cases are listed yet.</p>}
          {detail.cases.map((c, i) => (
            <CaseCard key={c.id} item={c} actions={actionsFor(detail, i)} />
          ))}
          {detail.canManage ? <AddCaseForm meetingId={id} onAdded={reload} /> : null}
          <ExternalInvitePanel meeting={detail.meeting} />
        </>
      )}
    </MdtFrame>
  );
}
