import path from "node:path";
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const ZEnvSource = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: optionalString,
    DATABASE_URL: optionalString.pipe(
      z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" }).optional(),
    ),
    BREACHDESK_DATA_DIR: optionalString,
    NEXTAUTH_SECRET: optionalString.pipe(
      z.string().min(32, { error: "must be at least 32 characters" }).optional(),
    ),
    NEXTAUTH_URL: optionalString.pipe(z.url({ error: "must be an absolute URL" }).optional()),
    BREACHDESK_SESSION_HOURS: z.coerce.number().min(0.05).max(24 * 30).default(8),
    OIDC_ISSUER: optionalString.pipe(z.url({ error: "must be the issuer's absolute URL" }).optional()),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_NAME: optionalString,
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    // ─── Findings intake: "securityhub:us-east-1,guardduty:eu-west-1[,kind:region:roleArn]" ───
    BREACHDESK_AWS_SOURCES: optionalString.pipe(
      z
        .string()
        .regex(/^\s*(securityhub|guardduty):[a-z0-9-]+(:arn:[^,]+)?\s*(,\s*(securityhub|guardduty):[a-z0-9-]+(:arn:[^,]+)?\s*)*$/, {
          error: "must be a comma list of kind:region[:roleArn], kind being securityhub or guardduty",
        })
        .optional(),
    ),
    // Findings intake: write-back to Security Hub when a finding is linked (off unless "1"); the sync worker
    // inside `npm start` (on unless "0").
    BREACHDESK_SECURITYHUB_WRITEBACK: z.enum(["0", "1", ""]).optional(),
    BREACHDESK_ALLOW_INSECURE_INTEGRATIONS: z.enum(["0", "1", ""]).optional(),
    BREACHDESK_WORKER: z.enum(["0", "1", ""]).optional(),
    // ─── Mail (reminders, notices): smtp://user:pass@host:587, smtps://…:465; Amazon SES's SMTP interface works alike ───
    SMTP_URL: optionalString.pipe(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional()),
    MAIL_FROM: optionalString.pipe(z.email({ error: "must be an e-mail address" }).optional()),
    // Bounces after SMTP accepted a message: the Amazon SNS topics (comma list of ARNs) that carry Amazon SES's bounce
    // notifications to POST /api/notices/bounces/sns; an SNS endpoint override (its signing certificates are fetched there)
    BREACHDESK_BOUNCE_TOPIC_ARNS: optionalString.pipe(
      z
        .string()
        .regex(/^\s*arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[\w-]{1,256}\s*(,\s*arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[\w-]{1,256}\s*)*$/, {
          error: "must be a comma list of SNS topic ARNs (arn:aws:sns:region:account:topic)",
        })
        .optional(),
    ),
    AWS_ENDPOINT_URL_SNS: optionalString.pipe(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional()),
    // …and delivery status notifications (RFC 3464) a mail server pipes to POST /api/notices/bounces/dsn with this secret
    BREACHDESK_BOUNCE_DSN_SECRET: optionalString.pipe(z.string().min(32, { error: "must be at least 32 characters" }).optional()),
    // ─── Evidence register: where uploaded files live and how large one may be ───
    BREACHDESK_EVIDENCE_DIR: optionalString,
    BREACHDESK_EVIDENCE_MAX_BYTES: z.coerce
      .number({ error: "must be a number of bytes" })
      .int({ error: "must be a whole number of bytes" })
      .min(1, { error: "must be at least 1" })
      .max(2_147_483_647, { error: "must be at most 2147483647 (2 GiB)" })
      .default(100 * 1024 * 1024),
    // ─── Evidence in Amazon S3 instead of the directory: s3://bucket/prefix; a KMS key for SSE-KMS (else SSE-S3, AES256) ───
    BREACHDESK_EVIDENCE_S3_URI: optionalString.pipe(
      z
        .string()
        .regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[^\s]*)?$/, { error: "must be s3://bucket or s3://bucket/prefix" })
        .optional(),
    ),
    BREACHDESK_EVIDENCE_KMS_KEY_ID: optionalString,
    // Files of at least this size go up to S3 in parts of this size (S3's minimum part is 5 MiB)
    BREACHDESK_EVIDENCE_S3_PART_BYTES: z.coerce
      .number({ error: "must be a number of bytes" })
      .int({ error: "must be a whole number of bytes" })
      .min(5 * 1024 * 1024, { error: "must be at least 5242880 (5 MiB, S3's smallest part)" })
      .max(5 * 1024 * 1024 * 1024, { error: "must be at most 5 GiB (S3's largest part)" })
      .default(16 * 1024 * 1024),
    // ─── Notices: bulk notice e-mails per second, per send, from the worker ───
    BREACHDESK_NOTICE_RATE: z.coerce.number({ error: "must be a number" }).positive({ error: "must be more than 0" }).max(1000).default(10),
    // ─── Data inventory from AWS: hours between scheduled refreshes (0: only on demand); S3's endpoint override (the
    // SDK reads it itself; when set, buckets are addressed by path, as local S3 endpoints need) ───
    BREACHDESK_INVENTORY_INTERVAL_HOURS: z.coerce.number({ error: "must be a whole number of hours" }).int({ error: "must be a whole number of hours" }).min(0).max(24).default(6),
    AWS_ENDPOINT_URL_S3: optionalString.pipe(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional()),
    // ─── Containment: the SSM Automation simulator exercise incidents run against (never AWS) ───
    BREACHDESK_CONTAINMENT_SIMULATOR_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional()),
    // ─── Affected-people ledger: the key its contact data is encrypted with (32 bytes, base64: `openssl rand -base64 32`) ───
    BREACHDESK_DATA_KEY: optionalString.pipe(
      z
        .string()
        .refine((value) => /^[A-Za-z0-9+/]{43}=$/.test(value) && Buffer.from(value, "base64").length === 32, {
          error: "must be 32 random bytes in base64 (44 characters; `openssl rand -base64 32`)",
        })
        .optional(),
    ),
  })
  .superRefine((value, ctx) => {
    const oidc = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
    const set = oidc.filter((name) => value[name] !== undefined);
    if (set.length > 0 && set.length < oidc.length) {
      for (const name of oidc.filter((n) => value[n] === undefined)) {
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: `is required when ${set.join(" and ")} ${set.length > 1 ? "are" : "is"} set (single sign-on needs all three)`,
        });
      }
    }
  });

export type TEnv = z.infer<typeof ZEnvSource>;

export class EnvError extends Error {
  constructor(readonly problems: { name: string; reason: string }[]) {
    super(
      "Breachdesk cannot start, its configuration is invalid:\n" +
        problems.map((p) => `  ${p.name}: ${p.reason}`).join("\n"),
    );
    this.name = "EnvError";
  }
}

/** Parses a set of environment variables; throws EnvError naming every bad or missing one. */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnvSource.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => ({ name: String(issue.path[0] ?? "environment"), reason: issue.message })),
    );
  }
  return result.data;
}

type TServerEnv = TEnv & { DATABASE_URL: string; NEXTAUTH_SECRET: string };

let cached: TServerEnv | undefined;
let cachedBase: TEnv | undefined;

/** The environment without the server-only requirements (used by the admin CLI and scripts). */
export function baseEnv(): TEnv {
  cachedBase ??= parseEnv(process.env);
  return cachedBase;
}

/** The database URL; the only setting the data layer needs. */
export function databaseUrl(): string {
  const url = baseEnv().DATABASE_URL;
  if (!url) throw new EnvError([{ name: "DATABASE_URL", reason: "is required (start the console with `npm start`, which provides it)" }]);
  return url;
}

/**
 * The console's environment, parsed once. Inside the server both DATABASE_URL and NEXTAUTH_SECRET are
 * required: the launcher (scripts/start.ts) supplies them when it runs the embedded database.
 */
export function serverEnv(): TServerEnv {
  if (cached) return cached;
  const parsed = baseEnv();
  const missing = (["DATABASE_URL", "NEXTAUTH_SECRET"] as const)
    .filter((name) => parsed[name] === undefined)
    .map((name) => ({ name, reason: "is required (start the console with `npm start`, which provides it)" }));
  if (missing.length > 0) throw new EnvError(missing);
  cached = parsed as TServerEnv;
  return cached;
}

/**
 * Where bounce reports may come from, read afresh on each call (like the mail settings): the SNS topics allowed, the
 * origin SNS signing certificates may be fetched from besides Amazon's own hosts (AWS_ENDPOINT_URL_SNS), and the
 * secret a mail server's delivery status notifications come with.
 */
export function bounceSettings(): { topicArns: string[]; snsEndpoint: string | undefined; dsnSecret: string | undefined } {
  const parsed = parseEnv(process.env);
  const topicArns = (parsed.BREACHDESK_BOUNCE_TOPIC_ARNS ?? "").split(",").map((arn) => arn.trim()).filter(Boolean);
  return { topicArns, snsEndpoint: parsed.AWS_ENDPOINT_URL_SNS, dsnSecret: parsed.BREACHDESK_BOUNCE_DSN_SECRET };
}

/**
 * Outgoing mail settings, read afresh on each call rather than cached with the rest, so a test can point the
 * console at its own SMTP server.
 */
export function mailSettings(): { smtpUrl: string | undefined; from: string } {
  const parsed = parseEnv(process.env);
  return { smtpUrl: parsed.SMTP_URL, from: parsed.MAIL_FROM ?? "breachdesk@localhost" };
}

/**
 * Evidence storage settings, read afresh on each call (like mail) so a test can point the register at its own
 * directory. Files go to BREACHDESK_EVIDENCE_DIR, else `<BREACHDESK_DATA_DIR or .breachdesk>/evidence`.
 */
export function evidenceSettings(): { dir: string; maxBytes: number } {
  const parsed = parseEnv(process.env);
  const dir = parsed.BREACHDESK_EVIDENCE_DIR ?? path.join(parsed.BREACHDESK_DATA_DIR ?? ".breachdesk", "evidence");
  return { dir: path.resolve(dir), maxBytes: parsed.BREACHDESK_EVIDENCE_MAX_BYTES };
}

/**
 * Where evidence lives in S3 (BREACHDESK_EVIDENCE_S3_URI), or null when the local directory is used. The prefix
 * has no leading or trailing slash ("" when none). Read afresh, so tests can switch stores.
 */
export function evidenceS3Settings(): { bucket: string; prefix: string; kmsKeyId: string | null; partBytes: number; endpointOverridden: boolean } | null {
  const parsed = parseEnv(process.env);
  const uri = parsed.BREACHDESK_EVIDENCE_S3_URI;
  if (!uri) return null;
  const rest = uri.slice("s3://".length);
  const slash = rest.indexOf("/");
  const bucket = slash === -1 ? rest : rest.slice(0, slash);
  const prefix = slash === -1 ? "" : rest.slice(slash + 1).replace(/^\/+|\/+$/g, "");
  return { bucket, prefix, kmsKeyId: parsed.BREACHDESK_EVIDENCE_KMS_KEY_ID ?? null, partBytes: parsed.BREACHDESK_EVIDENCE_S3_PART_BYTES, endpointOverridden: Boolean(parsed.AWS_ENDPOINT_URL_S3) };
}

/** Whether linking a finding marks it NOTIFIED in Security Hub (read afresh, like mailSettings, for tests). */
export function securityHubWritebackEnabled(): boolean {
  return parseEnv(process.env).BREACHDESK_SECURITYHUB_WRITEBACK === "1";
}

/** Whether outbound integrations may use plain http to this machine (tests and e2e runs only); read afresh for tests. */
export function insecureIntegrationsAllowed(): boolean {
  return parseEnv(process.env).BREACHDESK_ALLOW_INSECURE_INTEGRATIONS === "1";
}

/** Whether S3 is reached through an endpoint override (a local S3 needs path-style addressing); read afresh for tests. */
export function s3EndpointOverridden(): boolean {
  return Boolean(parseEnv(process.env).AWS_ENDPOINT_URL_S3);
}

/** Where exercise incidents' containment runs, read afresh (like mail) so a test can start its own simulator. */
export function containmentSimulatorUrl(): string | undefined {
  return parseEnv(process.env).BREACHDESK_CONTAINMENT_SIMULATOR_URL;
}

/**
 * The affected-people ledger's encryption key, read afresh on each call (like mail) so tests can set their own;
 * undefined when not configured, and the ledger then refuses to store contact data.
 */
export function dataKey(): Buffer | undefined {
  const value = parseEnv(process.env).BREACHDESK_DATA_KEY;
  return value === undefined ? undefined : Buffer.from(value, "base64");
}
