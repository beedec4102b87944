/**
 * `npm run demo`: the console working without an AWS account.
 *
 *  1. a local AWS simulator (tests/aws/fake-aws.ts: the Security Hub and GuardDuty wire protocols) on 127.0.0.1,
 *     holding realistic findings built from the real AWS samples in tests/fixtures/aws (sources in its README.md);
 *  2. its own embedded PostgreSQL under .breachdesk-demo/ (BREACHDESK_DATA_DIR), migrated, with one demo user per
 *     role, whose e-mail addresses and passwords are printed;
 *  3. a CloudTrail simulator (tests/aws/cloudtrail-simulator.ts) holding a scripted exfiltration, for the Scoping tab;
 *  4. the containment simulator (tests/aws/ssm-simulator.ts: SSM Automation and the IAM calls) holding the buckets,
 *     instances and users the findings name, so an approved containment action of the demo account runs end to end,
 *     for real incidents and exercises alike;
 *  5. a data inventory simulator (tests/aws/inventory-simulator.ts: S3, RDS, DynamoDB, Redshift; scripts/lib/
 *     demo-inventory.ts) with its tag mapping: the worker discovers the stores at start, then every 6 hours;
 *  6. `npm start` with the sources securityhub:us-east-1 and guardduty:us-east-1 pointed at the simulator (endpoint
 *     overrides, dummy credentials), assuming a role in the demo account: its sync worker pulls the findings at once,
 *     then every minute.
 *
 * Ctrl-C stops the console, then the database and the simulators.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { connectScriptDatabase, runScript } from "./lib/database";
import { DEMO_ROLE_ARN, demoGuardDutyFindings, demoSecurityHubFindings, ensureDemoUsers, seedDemoEstate } from "./lib/demo";
import { startFakeAws } from "../tests/aws/fake-aws";
import { startSsmSimulator } from "../tests/aws/ssm-simulator";
import { startCloudTrailSimulator } from "../tests/aws/cloudtrail-simulator";
import { ATTACKER, EDS, REGION, WINDOW, scriptExfiltration } from "../tests/aws/cloudtrail-exfiltration";
import { ensureDemoTagRules, inventoryEndpoints, startDemoInventory } from "./lib/demo-inventory";
import { DEMO_INCIDENT_TITLE, ensureDemoIncident } from "./lib/demo-incident";
import { resolveDataKeyFile } from "./start";

async function main(): Promise<number> {
  process.env.BREACHDESK_DATA_DIR ??= path.resolve(".breachdesk-demo");
  const aws = await startFakeAws();
  aws.findings = demoSecurityHubFindings();
  aws.guardDutyFindings = demoGuardDutyFindings();
  const containment = await startSsmSimulator();
  seedDemoEstate(containment.model, aws.findings, aws.guardDutyFindings);
  // CloudTrail with a scripted exfiltration, for the Scoping tab's access reconstruction.
  const cloudTrail = await startCloudTrailSimulator();
  scriptExfiltration(cloudTrail, { dataEvents: true });
  const inventory = await startDemoInventory();
  const disconnect = await connectScriptDatabase();
  try {
    // The ledger's key: the demo database's own (the console started below reads the same file), made on first run.
    process.env.BREACHDESK_DATA_KEY ??= await resolveDataKeyFile(path.join(process.env.BREACHDESK_DATA_DIR, "data-key"));
    const users = await ensureDemoUsers();
    await ensureDemoTagRules();
    const demoIncident = await ensureDemoIncident();
    const port = process.env.PORT ?? "3000";
    console.log(`\nBreachdesk demo: http://localhost:${port}  (AWS simulator on ${aws.url}: ${aws.findings.length} Security Hub and ${aws.guardDutyFindings.length} GuardDuty findings, from tests/fixtures/aws; containment simulator on ${containment.url}: ${containment.model.instances.size} instances, ${containment.model.buckets.size} buckets, ${containment.model.principals.size} users)`);
    console.log("Demo users (passwords are new every run):");
    for (const u of users) console.log(`  ${u.label.padEnd(24)} ${u.email.padEnd(34)} ${u.password}`);
    console.log(`CloudTrail simulator on ${cloudTrail.url}: on an incident's Scoping tab, reconstruct key ${ATTACKER.accessKeyId} from ${WINDOW.start} to ${WINDOW.end} in ${REGION} with event data store ${EDS}.`);
    console.log(`A scoped incident ${demoIncident.created ? "was made" : "is there"}: “${DEMO_INCIDENT_TITLE}” (http://localhost:${port}/incidents/${demoIncident.id}/scoping): its ledger, its register and that reconstruction, run by the worker at start.`);
    console.log("");
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      stdio: "inherit",
      env: {
        ...process.env,
        BREACHDESK_AWS_SOURCES: `securityhub:us-east-1:${DEMO_ROLE_ARN},guardduty:us-east-1:${DEMO_ROLE_ARN}`,
        AWS_ENDPOINT_URL_SSM: containment.url,
        AWS_ENDPOINT_URL_IAM: containment.url,
        BREACHDESK_CONTAINMENT_SIMULATOR_URL: containment.url,
        AWS_ENDPOINT_URL_SECURITYHUB: aws.url,
        AWS_ENDPOINT_URL_GUARDDUTY: aws.url,
        AWS_ENDPOINT_URL_STS: aws.url,
        AWS_ENDPOINT_URL_CLOUDTRAIL: cloudTrail.url,
        ...inventoryEndpoints(inventory),
        AWS_ACCESS_KEY_ID: "AKIADEMODEMODEMO",
        AWS_SECRET_ACCESS_KEY: "demo-secret-not-a-real-key",
        AWS_REGION: "us-east-1",
        BREACHDESK_WORKER: "1",
      },
    });
    // Ctrl-C reaches the console through the process group; wait for it to stop before stopping the rest.
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
    return await new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 0)));
  } finally {
    await disconnect();
    await aws.close();
    await containment.close();
    await cloudTrail.close();
    await inventory.close();
  }
}

runScript(main);
