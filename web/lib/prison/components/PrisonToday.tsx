'use client';
import { PageState } from '../../care-home/components/PageState';
import { ResponsiveTable } from '../../care-home/components/ResponsiveTable';
import { APPOINTMENT_STAGE, formatDay, formatTime } from '../prison-wording';
import { usePrisonToday, type PrisonTodayPage } from '../use-prison-today';

type Appointment = PrisonTodayPage['appointments'][number];

function Stage({ stage }: { stage: Appointment['stage'] }) {
  const { words, tag } = APPOINTMENT_STAGE[stage];
  return <strong className={`nhsuk-tag ${tag}`}>{words}</strong>;
}

/** The prison healthcare team's start page: today's video appointments for people held here, by time. */
export function PrisonToday() {
  return (
    <PageState loaded={usePrisonToday()} forWhom="prison healthcare staff">
      {({ prison, date, appointments }) => (
        <div>
          <span className="nhsuk-caption-l">Prison healthcare</span>
          <h1>{prison.name}</h1>
          <h2>Today’s appointments</h2>
          <p className="nhsuk-body-l">{formatDay(date)}</p>
          {appointments.length ? (
            <ResponsiveTable<Appointment>
              caption="Today’s appointments, by time"
              testId="appointments"
              headings={['Time', 'Clinic', 'Patient', 'Status']}
              rows={appointments}
              rowKey={(a) => a.id}
              cells={(a) => [formatTime(a.startsAt), a.clinic, a.patient, <Stage key="stage" stage={a.stage} />]}
            />
          ) : (
            <p>There are no video appointments today for anyone held here.</p>
          )}
        </div>
      )}
    </PageState>
  );
}
