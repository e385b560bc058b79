import type { Metadata } from 'next';
import { CareHome } from '../../lib/care-home/components/CareHome';

export const metadata: Metadata = { title: 'Your care home' };

export default function CareHomePage() {
  return <CareHome />;
}
