import type { OpeningHours } from '../../../contracts/vocabulary';

export interface Me {
  id: string;
  name: string;
  role: string;
  serviceIds: string[];
}
export interface ServiceSummary {
  id: string;
  name: string;
  kind: string;
  organisation?: string;
  /** Given for the user's own services, whose dashboard shows whether they take arrivals now. */
  openingHours?: OpeningHours;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: 'no-store' });
  if (res.status === 401) {
    window.location.assign(`/login?next=${encodeURIComponent(window.location.pathname)}`);
    throw new Error('not signed in');
  }
  const body = (await res.json()) as T & { error?: { message: string } };
  if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  return body;
}

export const fetchMe = () => getJson<Me>('/api/me');
export const fetchMyServices = () =>
  getJson<{ services: ServiceSummary[]; transferTargets: ServiceSummary[] }>('/api/my-services');

export interface CreatedInvite {
  link: string;
  expiresAt: string;
}

/**
 * A link for someone to join: a consultation (an interpreter, a relative) or a service's waiting
 * area (a patient sent the link by text message).
 */
export async function createInvite(
  scope: { kind: 'consultation' | 'service'; id: string },
  guestKind: string,
  displayName: string,
): Promise<CreatedInvite> {
  const res = await fetch('/api/invites', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scope, guestKind, displayName: displayName || undefined }),
  });
  const body = (await res.json()) as { link?: string; expiresAt?: string; error?: { message: string } };
  if (!res.ok || !body.link) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  return { link: body.link, expiresAt: body.expiresAt! };
}

/** A colleague in the staff directory: someone on the same services. */
export interface Colleague {
  userId: string;
  name: string;
  role: string;
  presence: string;
  onCall: boolean;
}

export const fetchDirectory = async (): Promise<Colleague[]> =>
  (await getJson<{ staff: Colleague[] }>('/api/directory')).staff;
