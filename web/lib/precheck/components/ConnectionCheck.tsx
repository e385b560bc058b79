import { connectionQuality, type ConnectionCheck as Check } from '../verdict';
import { CheckSection } from './CheckSection';

const WORDS = { good: 'Working', slow: 'Slow', failed: 'Could not connect' } as const;

/** The connectivity probe's outcome, as the server measured it. */
export function ConnectionCheck({ check }: { check: Check }) {
  if (check.state === 'checking') {
    return (
      <CheckSection id="connection" title="Connection" status="checking">
        <p>Testing your connection to the video service. This takes about 5 seconds.</p>
        <p className="nhsuk-body-s">We send a moving test picture for this, not your camera.</p>
      </CheckSection>
    );
  }
  if (check.state === 'error') {
    return (
      <CheckSection id="connection" title="Connection" status="problem">
        <p>We could not test your connection ({check.message}).</p>
      </CheckSection>
    );
  }
  const r = check.result;
  const quality = connectionQuality(r);
  return (
    <CheckSection id="connection" title="Connection" status={quality === 'good' ? 'working' : 'problem'}>
      <dl
        className="nhsuk-summary-list"
        data-testid="connection-result"
        data-connected={r.connected}
        data-protocol={r.protocol ?? ''}
        data-bitrate-kbps={r.bitrateKbps}
      >
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Video service</dt>
          <dd className="nhsuk-summary-list__value">
            {WORDS[quality]}
            {r.protocol ? ` (${r.protocol.toUpperCase()})` : ''}
          </dd>
        </div>
        {r.connected ? (
          <>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Speed</dt>
              <dd className="nhsuk-summary-list__value">{r.bitrateKbps.toLocaleString('en-GB')} kilobits per second</dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Lost data</dt>
              <dd className="nhsuk-summary-list__value">
                {r.packetsLost} of {r.packetsReceived + r.packetsLost} packets
              </dd>
            </div>
            {r.rttMs !== undefined ? (
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Delay</dt>
                <dd className="nhsuk-summary-list__value">{r.rttMs} milliseconds there and back</dd>
              </div>
            ) : null}
          </>
        ) : null}
      </dl>
    </CheckSection>
  );
}
