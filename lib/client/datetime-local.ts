/** An instant as the value of an `<input type="datetime-local">`, in the viewer's zone (browser only). */
export function toDateTimeLocal(value: string | Date | null): string {
  if (!value) return "";
  const date = new Date(value);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The instant a datetime-local value means in the viewer's zone, as ISO 8601 UTC; null when empty. */
export function fromDateTimeLocal(value: string): string | null {
  return value ? new Date(value).toISOString() : null;
}
