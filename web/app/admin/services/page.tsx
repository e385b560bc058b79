import type { Metadata } from 'next';
import { ServicesAdmin } from '../../../lib/admin/components/ServicesAdmin';

export const metadata: Metadata = { title: 'Services' };

export default function Page() {
  return <ServicesAdmin />;
}
