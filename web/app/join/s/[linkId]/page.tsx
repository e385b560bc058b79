import type { Metadata } from 'next';
import { FixedLinkJoin } from '../../../../lib/guest/components/FixedLinkJoin';

export const metadata: Metadata = { title: 'Join the waiting area' };

/** A service's reusable waiting-area link (printed, or as a QR code): anyone may arrive by it while it is on. */
export default async function FixedLinkPage({ params }: { params: Promise<{ linkId: string }> }) {
  const { linkId } = await params;
  return <FixedLinkJoin linkId={linkId} />;
}
