/**
 * Whether an error means the database could not be reached or went away (restarting, failing over, network cut),
 * rather than that a query was wrong: the console answers those with 503 and Retry-After instead of a 500, and
 * logs one line instead of a stack. pg reports socket errors by Node's code and server shutdowns by SQLSTATE class
 * 57P (operator intervention) or 08 (connection exception); Prisma's driver adapter wraps them, sometimes only in
 * its message, so the cause chain and the message are both read.
 */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
const SQLSTATES = /^(57P0[1-3]|08\d{3})$/;
const MESSAGES = /Can't reach database server|Connection terminated unexpectedly|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|Client has encountered a connection error/i;

export function isDatabaseUnreachable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && (SOCKET_CODES.has(code) || PRISMA_CODES.has(code) || SQLSTATES.test(code))) return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}
