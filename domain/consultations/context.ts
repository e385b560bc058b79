import type { DomainContext } from '../kernel/context';
import type { ConsultationEventMap } from './types';

/** The context the consultation area works in: the kernel's, announcing consultation events. */
export type ConsultationContext = DomainContext<ConsultationEventMap>;
