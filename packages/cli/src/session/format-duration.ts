/** `m:ss` for a number of seconds; negative values get a leading `+` (time over). */
export function formatDuration(seconds: number): string {
  const over = seconds < 0;
  const total = Math.abs(Math.round(seconds));
  const text = `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
  return over ? `+${text}` : text;
}
