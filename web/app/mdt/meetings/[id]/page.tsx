import type { Metadata } from 'next';
import { MdtMeetingPage } from '../../../../lib/mdt/components/MdtMeetingPage';

export const metadata: Metadata = { title: 'MDT case list' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <MdtMeetingPage id={id} />;
}
