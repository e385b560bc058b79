import type { Metadata } from 'next';
import { GuestJoin } from '../../lib/guest/components/GuestJoin';

export const metadata: Metadata = { title: 'Join your video consultation' };

export default function JoinPage() {
  return (
    <>
      {/* The heading is the journey's own: it says where the guest is now (waiting, in the call, left). */}
      <GuestJoin />
    </>
  );
}
