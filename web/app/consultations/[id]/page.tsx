import type { Metadata } from 'next';
import { ConsultationRecord } from '../../../lib/record/components/ConsultationRecord';

export const metadata: Metadata = { title: 'Consultation record' };

export default async function ConsultationRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ConsultationRecord id={id} />;
}
