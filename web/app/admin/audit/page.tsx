import type { Metadata } from 'next';
import { AuditAdmin } from '../../../lib/admin/components/AuditAdmin';

export const metadata: Metadata = { title: 'Audit trail' };

export default function Page() {
  return <AuditAdmin />;
}
