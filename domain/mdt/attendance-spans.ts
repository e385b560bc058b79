/**
 * A stretch of time in milliseconds since the epoch; `to` is Infinity while it is still going on
 * (a stay not yet left, a case still on screen), so an open stretch needs no clock to be reasoned with.
 */
export interface Span {
  from: number;
  to: number;
}

/** A stretch from two stored times; a missing end is one still going on. */
export const spanOf = (from: Date, to: Date | null): Span => ({ from: from.getTime(), to: to?.getTime() ?? Infinity });

/** A stretch's ends as stored: an end still going on is null. */
export const datesOf = (s: Span) => ({ from: new Date(s.from), to: Number.isFinite(s.to) ? new Date(s.to) : null });

/** The same times as one list in order, overlapping or touching stretches merged, empty ones dropped. */
export function union(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const s of spans.filter((x) => x.to > x.from).sort((a, b) => a.from - b.from)) {
    const last = merged.at(-1);
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged;
}

/** The times that are in both. */
export function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const both: Span[] = [];
  for (const x of union(a))
    for (const y of union(b)) both.push({ from: Math.max(x.from, y.from), to: Math.min(x.to, y.to) });
  return union(both);
}

/** The times in `whole` that are not in `part`: the gaps `part` leaves. */
export function without(whole: readonly Span[], part: readonly Span[]): Span[] {
  const cut = union(part);
  const gaps: Span[] = [];
  for (const w of union(whole)) {
    let from = w.from;
    for (const c of cut) {
      if (c.to <= from || c.from >= w.to) continue;
      if (c.from > from) gaps.push({ from, to: c.from });
      from = Math.max(from, c.to);
    }
    if (from < w.to) gaps.push({ from, to: w.to });
  }
  return gaps;
}
