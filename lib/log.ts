type TLevel = "debug" | "info" | "warn" | "error";

const SECRET_KEY = /pass(word)?|secret|token|authorization|cookie|credential|api[-_]?key/i;

/** Copies a value for logging with anything that looks like a secret replaced, at any depth. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return "[…]";
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? "[redacted]" : redact(item, depth + 1)]),
    );
  }
  return value;
}

function write(level: TLevel, message: string, fields: Record<string, unknown>): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...(redact(fields) as object) });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

/** Structured JSON logs on stdout/stderr; fields are redacted before they are written. */
export const log = {
  debug: (message: string, fields: Record<string, unknown> = {}) => write("debug", message, fields),
  info: (message: string, fields: Record<string, unknown> = {}) => write("info", message, fields),
  warn: (message: string, fields: Record<string, unknown> = {}) => write("warn", message, fields),
  error: (message: string, fields: Record<string, unknown> = {}) => write("error", message, fields),
};
