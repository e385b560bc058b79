import type { Metadata } from 'next';
import { LiveMeeting } from '../../../../../lib/mdt-live/components/LiveMeeting';

export const metadata: Metadata = { title: 'Live MDT meeting' };

export default async function LiveMdtMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <LiveMeeting meetingId={id} />;
}
