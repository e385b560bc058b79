/** A timeline entry as the record page holds it. */
interface Entry {
  kind: string;
  actorName: string | null;
  details: Record<string, unknown>;
}

const text = (d: Record<string, unknown>, key: string): string => {
  const v = d[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
};

/** How someone came in, in the words the PDF export uses. */
const VIA: Record<string, string> = { link: ' by link', joined: ' from their service' };

/**
 * One timeline line in plain words: who came in and how ("Ana Kowalska (interpreter) joined by
 * link"), who left, and otherwise what happened and by whom. Kept in step with the PDF export.
 */
export function describeStep(e: Entry, label: string | undefined): string {
  const d = e.details;
  if (e.kind === 'participant_added') {
    const kind = (text(d, 'guest_kind') || text(d, 'role')).replace(/_/g, ' ');
    return `${text(d, 'name') || e.actorName || 'Someone'}${kind ? ` (${kind})` : ''} joined${VIA[text(d, 'via')] ?? ''}`;
  }
  if (e.kind === 'participant_left') return `${text(d, 'name') || e.actorName || 'Someone'} left`;
  const message = text(d, 'message');
  return `${label ?? e.kind}${e.actorName ? ` by ${e.actorName}` : ''}${message ? `: “${message}”` : ''}`;
}

/** "9434765919" as people read it: "943 476 5919". */
export const formatNhsNumber = (n: string): string => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
