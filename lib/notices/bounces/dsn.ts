import { createHash } from "node:crypto";
import { simpleParser } from "mailparser";
import { normalizeMessageId, type TBounce } from "@/lib/notices/bounces/bounce";

/**
 * A delivery status notification (RFC 3464) as a mail server sends it back to the envelope sender: a
 * multipart/report (report-type=delivery-status) whose message/delivery-status part has one block of fields for the
 * report and one per recipient (Final-Recipient, Action, Status, Diagnostic-Code), followed by the returned message or
 * its headers (which carry the Message-ID the notice worker gave it). Only recipients whose Action is "failed" count:
 * "delayed" is a server still trying, "delivered" and "relayed" are not failures.
 */

export type TDsnReading =
  | { kind: "bounce"; bounce: TBounce; reportId: string; origin: string }
  | { kind: "other"; reason: string }
  | { kind: "invalid"; reason: string };

const STATUS_TYPES = new Set(["message/delivery-status", "message/global-delivery-status"]);

/** Header fields of one block ("Name: value", folded lines joined), names in lower case. */
function fields(block: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!map.has(name)) map.set(name, line.slice(colon + 1).trim());
  }
  return map;
}

/** "rfc822; jane@example.com" → "jane@example.com" (the address type is left out). */
const addressOf = (value: string) => (value.includes(";") ? value.slice(value.indexOf(";") + 1) : value).trim().replace(/^<|>$/g, "");

function bounceType(status: string): string {
  if (status.startsWith("5")) return `Permanent (${status})`;
  if (status.startsWith("4")) return `Transient (${status})`;
  return status ? `Undetermined (${status})` : "Undetermined";
}

/** Every Message-ID in the returned message or headers, the report's own left out. */
function returnedMessageIds(texts: string[], own: string | undefined): string[] {
  const ids = new Set<string>();
  for (const text of texts) {
    for (const match of text.replace(/\r?\n[ \t]+/g, " ").matchAll(/^Message-ID:\s*(<[^<>\s]{1,900}>)/gim)) ids.add(normalizeMessageId(match[1]!));
  }
  if (own) ids.delete(normalizeMessageId(own));
  return [...ids];
}

export async function readDeliveryStatusNotification(raw: Buffer): Promise<TDsnReading> {
  let parsed: Awaited<ReturnType<typeof simpleParser>>;
  try {
    // keepDeliveryStatus: the delivery-status part as an attachment of its own, not folded into the text.
    parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true, keepDeliveryStatus: true });
  } catch (error) {
    return { kind: "invalid", reason: `the message cannot be read as e-mail (${error instanceof Error ? error.message : String(error)})` };
  }
  const contentType = parsed.headers.get("content-type") as { value?: string; params?: Record<string, string> } | undefined;
  if (contentType?.value?.toLowerCase() !== "multipart/report" || contentType.params?.["report-type"]?.toLowerCase() !== "delivery-status") {
    return { kind: "invalid", reason: "it is not a delivery status notification (multipart/report; report-type=delivery-status)" };
  }
  const statusPart = parsed.attachments.find((part) => STATUS_TYPES.has(part.contentType.toLowerCase()));
  if (!statusPart) return { kind: "invalid", reason: "it has no message/delivery-status part" };
  const [reportBlock = "", ...recipientBlocks] = statusPart.content.toString("utf8").split(/\r?\n\s*\r?\n/).filter((block) => block.trim() !== "");
  const report = fields(reportBlock);
  const failed = recipientBlocks
    .map(fields)
    .filter((block) => (block.get("action") ?? "").toLowerCase() === "failed" && (block.has("final-recipient") || block.has("original-recipient")));
  if (failed.length === 0) return { kind: "other", reason: "no recipient failed (a delay or a delivery report)" };

  const returned = parsed.attachments.filter((part) => part !== statusPart).map((part) => part.content.toString("utf8"));
  const arrival = report.get("arrival-date") ? new Date(report.get("arrival-date")!) : parsed.date ?? null;
  const status = failed[0]!.get("status") ?? "";
  return {
    kind: "bounce",
    reportId: parsed.messageId ? normalizeMessageId(parsed.messageId) : `sha256:${createHash("sha256").update(raw).digest("hex")}`,
    origin: report.get("reporting-mta") ?? "unknown mail server",
    bounce: {
      bounceType: bounceType(status),
      originalMessageIds: returnedMessageIds([...returned, parsed.text ?? ""], parsed.messageId),
      providerMessageId: null,
      recipients: failed.map((block) => ({
        emailAddress: addressOf(block.get("final-recipient") ?? block.get("original-recipient") ?? ""),
        diagnostic: [block.get("status"), block.get("diagnostic-code")].filter(Boolean).join(" "),
      })),
      bouncedAt: arrival && !Number.isNaN(arrival.getTime()) ? arrival : null,
    },
  };
}
