import type { ActionItem } from '../../../contracts/mdt-outcome';
import { formatCalendarDate, ukCalendarDay } from './case-words';
import type { ActionOwner } from './mdt-live-api';

/** An action as its form holds it while it is typed: every part a string, empty until filled in. */
export interface ActionDraft {
  what: string;
  ownerUserId: string;
  due: string;
}

/** What is wrong with each part of a draft action, in the words shown at its input. */
export type ActionProblems = Partial<Record<keyof ActionDraft, string>>;

export const NO_DRAFT: ActionDraft = { what: '', ownerUserId: '', due: '' };

/** The actions field's value as the list to show: null (never written) is no actions. */
export const actionsIn = (value: unknown): ActionItem[] => (Array.isArray(value) ? (value as ActionItem[]) : []);

/** Whether a YYYY-MM-DD string names a day there is (no 31 February). */
function isRealDate(iso: string): boolean {
  const day = new Date(`${iso}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso);
}

/**
 * Why a draft cannot be saved yet (empty when it can), as the NHS design system words its error
 * messages. A due date newly set must be today or later; one kept from before may have passed.
 */
export function actionProblems(d: ActionDraft, owners: ActionOwner[], before?: ActionItem): ActionProblems {
  const problems: ActionProblems = {};
  const what = d.what.trim();
  if (!what) problems.what = 'Enter what is to be done';
  else if (what.length > 1000) problems.what = 'What is to be done must be 1,000 characters or fewer';
  const kept = before?.ownerUserId === d.ownerUserId;
  if (!d.ownerUserId) problems.ownerUserId = 'Select who will do this';
  else if (!kept && !owners.some((o) => o.id === d.ownerUserId))
    problems.ownerUserId = "Select someone on this MDT's team";
  if (!d.due) problems.due = 'Enter the date this is due by';
  else if (!isRealDate(d.due)) problems.due = 'The due date must be a real date';
  else if (d.due !== before?.due && d.due < ukCalendarDay())
    problems.due = 'The due date must be today or in the future';
  return problems;
}

/** The list with the draft saved: a new action at the end (its id made here), or one changed in place. */
export function withAction(list: ActionItem[], d: ActionDraft, id?: string): ActionItem[] {
  const parts = { what: d.what.trim(), ownerUserId: d.ownerUserId, due: d.due };
  const old = id ? list.find((a) => a.id === id) : undefined;
  // Someone removed it meanwhile: what was typed is kept, as a new action, not lost.
  if (!old) return [...list, { id: crypto.randomUUID(), ...parts, done: false }];
  return list.map((a) => (a.id === id ? { ...a, ...parts } : a));
}

/** An owner's name, or that they are no longer on the team (their account left or was closed). */
export const ownerName = (owners: ActionOwner[], id: string): string =>
  owners.find((o) => o.id === id)?.name ?? 'someone no longer on the team';

/** The actions in words, for a clash message: what, whose, by when. */
export function actionWords(value: unknown, owners: ActionOwner[]): string {
  const list = actionsIn(value);
  if (!list.length) return '(no actions)';
  return list
    .map((a) => `${a.what} (${ownerName(owners, a.ownerUserId)}, due by ${formatCalendarDate(a.due)})`)
    .join('; ');
}
