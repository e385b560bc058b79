import type { Metadata } from 'next';
import { GuestJoin } from '../../lib/guest/components/GuestJoin';

export const metadata: Metadata = { title: 'Join your video consultation' };

export default function JoinPage() {
  return (
    <>
      <h1 className="nhsuk-heading-l">Join your video consultation</h1>
      <GuestJoin />
    </>
  );
}
