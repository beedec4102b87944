import { readFileSync } from "node:fs";
import { MAILBOX_FILE } from "./paths";

export type TSunkMail = { to: string[]; subject: string; raw: string; messageId: string };

/**
 * Every message the run's SMTP sink has accepted so far (one JSON line each, appended by serve.ts). Specs run two
 * at a time and mail may be arriving while one reads, so a last line not yet ended by its newline is left for the
 * next read rather than parsed half-written.
 */
export function mailboxMessages(): TSunkMail[] {
  const text = readFileSync(MAILBOX_FILE, "utf8");
  const complete = text.slice(0, text.lastIndexOf("\n") + 1);
  return complete.split("\n").filter(Boolean).map((line) => JSON.parse(line) as TSunkMail);
}
