import type { Metadata } from 'next';
import { MdtMeetings } from '../../lib/mdt/components/MdtMeetings';

export const metadata: Metadata = { title: 'MDT meetings' };

export default function Page() {
  return <MdtMeetings />;
}
