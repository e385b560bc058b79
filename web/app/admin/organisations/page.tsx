import type { Metadata } from 'next';
import { OrganisationsAdmin } from '../../../lib/admin/components/OrganisationsAdmin';

export const metadata: Metadata = { title: 'Organisations' };

export default function Page() {
  return <OrganisationsAdmin />;
}
