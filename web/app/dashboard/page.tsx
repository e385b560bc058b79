import type { Metadata } from 'next';
import { Dashboard } from '../../lib/dashboard/components/Dashboard';

export const metadata: Metadata = { title: 'Your queues' };

export default function DashboardPage() {
  return <Dashboard />;
}
