const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');

/** Whole calendar days from `from` to `to`, in local time. */
function daysBetween(from: Date, to: Date): number {
  const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((midnight(to) - midnight(from)) / 86_400_000);
}

/**
 * When `due` comes, from `now`, in the reader's local time: `now`, `in 10 minutes (14:32)`,
 * `today at 18:05`, `tomorrow at 09:13`, `on Thursday at 09:13`, `on 14 Mar at 09:13`
 * (with the year when it is not this year's).
 */
export function describeDue(due: Date, now: Date): string {
  const minutes = Math.round((due.getTime() - now.getTime()) / 60_000);
  const clock = `${pad(due.getHours())}:${pad(due.getMinutes())}`;
  if (minutes <= 0) return 'now';
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'} (${clock})`;
  const days = daysBetween(now, due);
  if (days === 0) return `today at ${clock}`;
  if (days === 1) return `tomorrow at ${clock}`;
  if (days < 7) return `on ${WEEKDAYS[due.getDay()]} at ${clock}`;
  const year = due.getFullYear() === now.getFullYear() ? '' : ` ${due.getFullYear()}`;
  return `on ${due.getDate()} ${MONTHS[due.getMonth()]}${year} at ${clock}`;
}
