import type { Metadata } from 'next';
import { ExternalJoin } from '../../../lib/mdt-external/components/ExternalJoin';

export const metadata: Metadata = { title: 'Join an MDT meeting' };

/** Where an external clinician's link leads (`/mdt/join#invite=…`): the token stays in the fragment. */
export default function ExternalJoinPage() {
  return <ExternalJoin />;
}
