/** Every `hours` hours on the hour (0, 6, 12, 18 UTC for 6); daily at midnight for 24; null when the schedule is off (0). */
export function inventoryCron(hours: number): string | null {
  if (hours <= 0) return null;
  return hours >= 24 ? "0 0 * * *" : `0 */${hours} * * *`;
}
