import { createPublicKey, verify, type KeyObject } from "node:crypto";
import { z } from "zod";

/**
 * An Amazon SNS HTTP(S) delivery and its signature, as AWS documents them ("Verifying the signatures of Amazon SNS
 * messages"). SNS signs a canonical string of some of the message's fields with the key of a certificate it serves
 * from its own hosts; anyone can post to the endpoint, so nothing in a message counts until that signature holds.
 * (AWS's own validator package fetches certificates with its own HTTPS client and no timeout, and cannot be pointed
 * at a local SNS in tests; the check itself is Node's crypto.verify.)
 */

const ZNotification = z.object({
  Type: z.literal("Notification"),
  MessageId: z.string().min(1).max(200),
  TopicArn: z.string().min(1).max(400),
  Subject: z.string().max(200).optional(),
  Message: z.string(),
  Timestamp: z.string().max(64),
  SignatureVersion: z.enum(["1", "2"]),
  Signature: z.string().min(1).max(4096),
  SigningCertURL: z.string().max(2048),
});

const ZSubscription = z.object({
  Type: z.enum(["SubscriptionConfirmation", "UnsubscribeConfirmation"]),
  MessageId: z.string().min(1).max(200),
  TopicArn: z.string().min(1).max(400),
  Token: z.string().min(1).max(2048),
  Message: z.string(),
  SubscribeURL: z.string().max(4096),
  Timestamp: z.string().max(64),
  SignatureVersion: z.enum(["1", "2"]),
  Signature: z.string().min(1).max(4096),
  SigningCertURL: z.string().max(2048),
});

export const ZSnsMessage = z.discriminatedUnion("Type", [ZNotification, ZSubscription]);
export type TSnsMessage = z.infer<typeof ZSnsMessage>;

/** The fields SNS signs, in the order it signs them (absent ones left out). */
const SIGNED_FIELDS: Record<TSnsMessage["Type"], readonly string[]> = {
  Notification: ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"],
  SubscriptionConfirmation: ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"],
  UnsubscribeConfirmation: ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"],
};

/** "Name\nvalue\n" for each signed field present: the bytes the signature covers. */
export function snsStringToSign(message: TSnsMessage): string {
  const fields = message as Record<string, unknown>;
  return SIGNED_FIELDS[message.Type]
    .filter((name) => typeof fields[name] === "string")
    .map((name) => `${name}\n${String(fields[name])}\n`)
    .join("");
}

/** SNS's own certificate hosts: sns.<region>.amazonaws.com (and .com.cn in China). */
const SNS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

/**
 * Whether SNS may be believed to serve a certificate (or a subscription link) at this URL: HTTPS on an SNS host, or
 * the origin of the configured SNS endpoint override (a local SNS in tests). Anything else would let a forger sign
 * with a key of their own.
 */
export function isSnsUrl(url: string, endpointOverride: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (endpointOverride && parsed.origin === new URL(endpointOverride).origin) return true;
  return parsed.protocol === "https:" && parsed.port === "" && SNS_HOST.test(parsed.hostname);
}

/** Where a signing certificate's PEM text comes from (an HTTP GET with a time limit, cached by the caller). */
export type TCertificateSource = (url: string) => Promise<string>;

const MAX_CERTIFICATES = 32;
const certificates = new Map<string, Promise<KeyObject>>();

/** The certificate's public key, fetched once per URL (SNS rotates certificates rarely; each has its own URL). */
function signingKey(url: string, fetchCertificate: TCertificateSource): Promise<KeyObject> {
  let key = certificates.get(url);
  if (!key) {
    if (certificates.size >= MAX_CERTIFICATES) certificates.clear();
    key = fetchCertificate(url).then((pem) => createPublicKey(pem));
    // A failed fetch is not remembered: the next message tries again.
    key.catch(() => certificates.delete(url));
    certificates.set(url, key);
  }
  return key;
}

export type TSignatureCheck = { ok: true } | { ok: false; reason: string };

/** Checks the message's signature against the certificate it names, which must be SNS's. */
export async function verifySnsSignature(message: TSnsMessage, endpointOverride: string | undefined, fetchCertificate: TCertificateSource): Promise<TSignatureCheck> {
  if (!isSnsUrl(message.SigningCertURL, endpointOverride)) return { ok: false, reason: "SigningCertURL is not an Amazon SNS certificate URL" };
  let key: KeyObject;
  try {
    key = await signingKey(message.SigningCertURL, fetchCertificate);
  } catch (error) {
    return { ok: false, reason: `the signing certificate could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const algorithm = message.SignatureVersion === "1" ? "sha1" : "sha256";
  const signature = Buffer.from(message.Signature, "base64");
  const valid = verify(algorithm, Buffer.from(snsStringToSign(message), "utf8"), key, signature);
  return valid ? { ok: true } : { ok: false, reason: "the signature does not match the message" };
}

/** Fetches a certificate over HTTP(S) with a time and size limit. */
export async function fetchCertificatePem(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: "error" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > 16_384 || !text.includes("-----BEGIN CERTIFICATE-----")) throw new Error("not a PEM certificate");
  return text;
}
