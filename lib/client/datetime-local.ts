/** The wall-clock reading of an instant in the viewer's zone, as ISO text without an offset (browser only). */
function localIso(value: string | Date): string {
  const date = new Date(value);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString();
}

/**
 * An instant as the value of an `<input type="datetime-local">`, in the viewer's zone (browser only); to the second
 * for an input with `step` under a minute, since a minute-rounded "now" can lie before something done seconds ago.
 */
export function toDateTimeLocal(value: string | Date | null, options: { seconds?: boolean } = {}): string {
  if (!value) return "";
  return localIso(value).slice(0, options.seconds ? 19 : 16);
}

/** A day as the value of an `<input type="date">`, in the viewer's zone (browser only). */
export function toDateLocal(value: string | Date): string {
  return localIso(value).slice(0, 10);
}

/** The instant a datetime-local value means in the viewer's zone, as ISO 8601 UTC; null when empty. */
export function fromDateTimeLocal(value: string): string | null {
  return value ? new Date(value).toISOString() : null;
}
