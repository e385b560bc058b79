import type { Metadata } from 'next';
import { CallScreen } from '../../../lib/call/components/CallScreen';

export const metadata: Metadata = { title: 'Video call' };

export default async function CallPage({ params }: { params: Promise<{ roomId: string }> }) {
  const { roomId } = await params;
  return (
    <>
      <h1 className="nhsuk-heading-l">Video call</h1>
      <CallScreen roomId={roomId} />
    </>
  );
}
