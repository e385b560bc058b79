import type { Metadata } from 'next';
import { PrecheckDemo } from '../../lib/precheck/components/PrecheckDemo';

export const metadata: Metadata = { title: 'Check your camera, microphone and connection' };

export default function CheckPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Check your camera, microphone and connection</h1>
        <p>This takes about 10 seconds. Nothing is recorded and nobody else can see or hear you.</p>
        <PrecheckDemo />
      </div>
    </div>
  );
}
