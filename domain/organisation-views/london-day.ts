/** Convene's clinics keep UK time: "today" on the prison's page is the day in Europe/London. */
const ZONE = 'Europe/London';

const dateIn = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const clockIn = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** How far London's clock is ahead of UTC at `t`, in ms. */
function offsetAt(t: number): number {
  const p = Object.fromEntries(clockIn.formatToParts(new Date(t)).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) - (t - (t % 60_000));
}

/** London's midnight at the start of a calendar date. UK clocks change at 01:00, so midnight always exists once. */
function midnight(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!);
  return new Date(wall - offsetAt(wall - offsetAt(wall)));
}

/** The London calendar date of `at` ("YYYY-MM-DD") and the instants it runs from and up to. */
export function londonDay(at: Date): { date: string; from: Date; to: Date } {
  const date = dateIn.format(at);
  const next = new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { date, from: midnight(date), to: midnight(next) };
}
