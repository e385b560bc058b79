import type { Metadata } from 'next';
import { AdminHome } from '../../lib/admin/components/AdminHome';

export const metadata: Metadata = { title: 'Administration' };

export default function Page() {
  return <AdminHome />;
}
