import type { Metadata } from 'next';
import { MdtSettingsPage } from '../../../../../lib/mdt/components/MdtSettingsPage';

export const metadata: Metadata = { title: 'MDT settings' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <MdtSettingsPage id={id} />;
}
