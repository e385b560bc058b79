'use client';
import { formatBirthDate, formatNhsNumber, formatRequested, REQUEST_STAGE } from '../care-home-wording';
import { useCareHome, type CareHomePage } from '../use-care-home';
import { PageState } from './PageState';
import { ResponsiveTable } from './ResponsiveTable';

type Request = CareHomePage['requests'][number];
type Resident = CareHomePage['residents'][number];

function Stage({ stage }: { stage: Request['stage'] }) {
  const { words, tag } = REQUEST_STAGE[stage];
  return <strong className={`nhsuk-tag ${tag}`}>{words}</strong>;
}

/** The care home's start page: the calls it asked the hub for, newest first, and its residents. */
export function CareHome() {
  return (
    <PageState loaded={useCareHome()} forWhom="care home staff">
      {({ home, requests, residents }) => (
        <div>
          <span className="nhsuk-caption-l">Care home</span>
          <h1>{home.name}</h1>
          <h2>Your requests to the hub</h2>
          {requests.length ? (
            <ResponsiveTable<Request>
              caption="Your requests to the hub, newest first"
              testId="requests"
              headings={['Resident', 'Reason', 'Service', 'Status', 'Requested']}
              rows={requests}
              rowKey={(r) => r.id}
              cells={(r) => [
                r.resident ?? 'Not named',
                r.reason ?? 'No reason given',
                r.service,
                <Stage key="stage" stage={r.stage} />,
                formatRequested(r.requestedAt),
              ]}
            />
          ) : (
            <p>You have not asked the hub for a call yet.</p>
          )}
          <h2>Residents</h2>
          {residents.length ? (
            <ResponsiveTable<Resident>
              caption="Residents, by family name"
              testId="residents"
              headings={['Name', 'Date of birth', 'NHS number']}
              rows={residents}
              rowKey={(r) => r.id}
              cells={(r) => [
                `${r.givenName} ${r.familyName}`,
                formatBirthDate(r.dateOfBirth),
                formatNhsNumber(r.nhsNumber),
              ]}
            />
          ) : (
            <p>No residents are recorded for this home yet.</p>
          )}
        </div>
      )}
    </PageState>
  );
}
