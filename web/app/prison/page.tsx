import type { Metadata } from 'next';
import { PrisonToday } from '../../lib/prison/components/PrisonToday';

export const metadata: Metadata = { title: 'Today’s appointments' };

export default function PrisonPage() {
  return <PrisonToday />;
}
