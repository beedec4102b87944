/**
 * What `npm run demo` feeds the console: realistic findings built from the real AWS samples in tests/fixtures/aws
 * (origins and licences in that folder's README.md), and one demo user per role. Kept apart from scripts/demo.ts so
 * a test can check that every demo finding is accepted and the users can be made twice.
 */
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROLES, ROLE_LABELS, type TRole } from "../../lib/auth/roles";
import type { TFakeAws } from "../../tests/aws/fake-aws";
import { simPrincipal, type TSimModel } from "../../tests/aws/ssm-simulator";

const FIXTURES = path.join(import.meta.dirname, "../../tests/fixtures/aws");
const read = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8")) as Record<string, unknown>;

/**
 * Security Hub (ASFF) findings: every control sample, the GuardDuty-in-Security-Hub sample and the findings carried by
 * the EventBridge samples, each also copied to a few more buckets/accounts so the triage queue has groups to show.
 * UpdatedAt is recent (so the first sync takes them); FirstObservedAt stays as published.
 */
export function demoSecurityHubFindings(now = Date.now()): TFakeAws["findings"] {
  const names = readdirSync(FIXTURES).sort();
  const samples: Record<string, unknown>[] = [];
  for (const name of names) {
    if (name.startsWith("securityhub-asff-") || name.startsWith("guardduty-asff-")) samples.push(read(name));
    if (name.startsWith("eventbridge-securityhub-")) {
      samples.push(...((read(name).detail as { findings: Record<string, unknown>[] }).findings ?? []));
    }
  }
  const findings: TFakeAws["findings"] = [];
  samples.forEach((sample, i) => {
    for (let copy = 0; copy < 3; copy++) {
      const updatedAt = new Date(now - (i * 3 + copy + 1) * 60_000).toISOString();
      findings.push({ ...sample, Id: `${String(sample.Id)}${copy === 0 ? "" : `/demo-${copy}`}`, UpdatedAt: updatedAt });
    }
  });
  return findings;
}

/** Native GuardDuty findings (GuardDuty's own API shape), with recent updatedAt. */
export function demoGuardDutyFindings(now = Date.now()): TFakeAws["guardDutyFindings"] {
  return readdirSync(FIXTURES)
    .filter((name) => name.startsWith("guardduty-native-"))
    .sort()
    .map((name, i) => {
      const f = read(name);
      return { ...f, id: String(f.id), updatedAt: new Date(now - (i + 1) * 60_000).toISOString() };
    });
}

export type TDemoUser = { role: TRole; label: string; email: string; password: string };

/**
 * One user per role, `<role>@demo.breachdesk.test`, with a fresh random password each run (set again when the user
 * already exists). Also completes the first-run setup, so the console opens on its sign-in page.
 */
export async function ensureDemoUsers(): Promise<TDemoUser[]> {
  const { prisma } = await import("../../lib/db");
  const { hashPassword } = await import("../../lib/auth/password");
  const { insertUser } = await import("../../lib/users/service");
  const { markSetupCompleteBy } = await import("../../lib/setup/service");
  const users: TDemoUser[] = [];
  for (const role of ROLES) {
    const email = `${role}@demo.breachdesk.test`;
    const password = `demo-${role}-${randomBytes(6).toString("hex")}`;
    const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) {
      await prisma.user.update({ where: { id: existing.id }, data: { passwordHash: await hashPassword(password), active: true, roles: [role] } });
    } else {
      await insertUser({ email, name: `Demo ${ROLE_LABELS[role]}`, password, roles: [role] });
    }
    users.push({ role, label: ROLE_LABELS[role], email, password });
  }
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@demo.breachdesk.test" }, select: { id: true } });
  await markSetupCompleteBy(admin.id);
  return users;
}

/** The account the demo's sources assume a role in: containment can be requested for its resources. */
export const DEMO_ACCOUNT = "111111111111";
export const DEMO_ROLE_ARN = `arn:aws:iam::${DEMO_ACCOUNT}:role/BreachdeskDemoResponder`;

type TAsffResource = { Type?: string; Id?: string; Details?: { AwsIamAccessKey?: { UserName?: string; PrincipalName?: string }; AwsIamUser?: { UserName?: string } } };

/**
 * The simulator's in-memory estate for the demo: every bucket, instance and IAM user the demo findings name, so a
 * containment action proposed for one of them runs end to end (and Release restores what it changed).
 */
export function seedDemoEstate(model: TSimModel, findings: TFakeAws["findings"], guardDuty: TFakeAws["guardDutyFindings"]): void {
  const instance = (id: string) => {
    if (!model.instances.has(id)) model.instances.set(id, { securityGroups: ["sg-0demo0web", "sg-0demo0ssh"], volumes: [`vol-${id.slice(2)}`] });
  };
  const bucket = (name: string) => {
    if (!model.buckets.has(name)) model.buckets.set(name, { publicAccessBlock: {}, encryption: null });
  };
  const user = (name: string, accessKeyId?: string) => {
    const found = model.principals.get(name) ?? simPrincipal({ policies: ["arn:aws:iam::aws:policy/ReadOnlyAccess"] });
    if (accessKeyId) found.accessKeys[accessKeyId] = "Active";
    model.principals.set(name, found);
  };
  for (const finding of findings) {
    for (const resource of ((finding as { Resources?: TAsffResource[] }).Resources ?? [])) {
      const id = resource.Id ?? "";
      if (resource.Type === "AwsEc2Instance") instance(id.slice(id.lastIndexOf("/") + 1));
      if (resource.Type === "AwsS3Bucket") bucket(id.replace(/^arn:aws[a-z-]*:s3:::/, ""));
      const userName = resource.Details?.AwsIamAccessKey?.UserName ?? resource.Details?.AwsIamAccessKey?.PrincipalName ?? resource.Details?.AwsIamUser?.UserName;
      if (userName) user(userName);
    }
  }
  for (const finding of guardDuty) {
    const resource = (finding as { resource?: { instanceDetails?: { instanceId?: string }; accessKeyDetails?: { userName?: string; accessKeyId?: string }; s3BucketDetails?: { name?: string }[] } }).resource ?? {};
    if (resource.instanceDetails?.instanceId) instance(resource.instanceDetails.instanceId);
    if (resource.accessKeyDetails?.userName) user(resource.accessKeyDetails.userName, resource.accessKeyDetails.accessKeyId);
    for (const s3 of resource.s3BucketDetails ?? []) if (s3.name) bucket(s3.name);
  }
}
