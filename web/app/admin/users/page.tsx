import type { Metadata } from 'next';
import { UsersAdmin } from '../../../lib/admin/components/UsersAdmin';

export const metadata: Metadata = { title: 'Users' };

export default function Page() {
  return <UsersAdmin />;
}
