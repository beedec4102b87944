/**
 * A local HTTP server speaking the SSM Automation wire protocol (JSON 1.1: POST /, `X-Amz-Target:
 * AmazonSSM.StartAutomationExecution` / `AmazonSSM.GetAutomationExecution`) well enough for the real
 * @aws-sdk/client-ssm, reached through AWS_ENDPOINT_URL_SSM (or an explicit endpoint). It runs the catalog's runbooks
 * step by step against an in-memory model of buckets, instances and their security groups, and principals: each
 * GetAutomationExecution advances a running execution by one step, so a test sees every step pass through InProgress
 * without waiting on timers. StartAutomationExecution honours ClientToken as SSM does (the same token answers the same
 * execution; different parameters under it are an IdempotentParameterMismatch), and counts calls and executions.
 * Release (Action=Release of the AWSSupport-Contain* runbooks) restores what Contain changed: the instance's original
 * security groups, the principal's attached policies and access key statuses. The same server answers the IAM Query
 * protocol (form-encoded `Action=…`) for the catalog's direct calls: tests/aws/iam-simulator.ts, and CloudTrail's
 * StartLogging (JSON 1.1, `X-Amz-Target: …CloudTrail_20131101.StartLogging`) against its trails.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { answerIam, iamError, type TIamCall } from "@/tests/aws/iam-simulator";

export type TSimBucket = { publicAccessBlock: Record<string, boolean>; encryption: string | null };
export type TSimInstance = { securityGroups: string[]; volumes: string[] };
/** A user or role: its managed policies, access keys (users) and inline policies (name → JSON document). */
export type TSimPrincipal = { contained: boolean; policies: string[]; accessKeys: Record<string, "Active" | "Inactive">; inlinePolicies: Record<string, string> };

/** A principal as a test sets it up: nothing attached, no keys, unless given. */
export const simPrincipal = (over: Partial<TSimPrincipal> = {}): TSimPrincipal => ({ contained: false, policies: [], accessKeys: {}, inlinePolicies: {}, ...over });

type TStep = { name: string; action: string; run: (model: TSimModel, parameters: Record<string, string>) => Record<string, string[]> };
type TStepState = { StepName: string; Action: string; StepStatus: string; StepExecutionId: string; Outputs?: Record<string, string[]>; FailureMessage?: string; ExecutionStartTime?: number; ExecutionEndTime?: number };
type TExecution = {
  id: string; document: string; parameters: Record<string, string>; status: string; steps: TStepState[]; plan: TStep[]; failureMessage?: string; start: number; end?: number;
  /** An injected failure: the first step fails with it. */
  injectedFailure?: string;
};

export type TSimModel = {
  buckets: Map<string, TSimBucket>;
  accountPublicAccessBlock: Record<string, boolean> | null;
  instances: Map<string, TSimInstance>;
  principals: Map<string, TSimPrincipal>;
  images: string[];
  /** The groups an isolated instance had, restored by Release. */
  originalGroups: Map<string, string[]>;
  /** What a contained principal had (policies, key statuses), restored by Release. */
  originalPrincipals: Map<string, Pick<TSimPrincipal, "policies" | "accessKeys">>;
  /** CloudTrail trails by name: whether each is logging. */
  trails: Map<string, { logging: boolean }>;
};

export type TSsmSimulator = {
  url: string;
  model: TSimModel;
  /** Every StartAutomationExecution call, and those that created an execution (a repeated ClientToken does not). */
  startCalls: { document: string; clientToken: string | undefined; accessKeyId: string }[];
  executionsStarted: number;
  executions: Map<string, TExecution>;
  /** While set, StartAutomationExecution records the execution and then waits for this promise before it answers. */
  holdStartResponses: Promise<void> | null;
  /** Documents whose next executions fail at their first step with this message, consumed one per execution. */
  failNextExecutions: { document: string; message: string }[];
  /** Every IAM Query call (form parameters), whether or not it changed the model. */
  iamCalls: TIamCall[];
  /** While set, an IAM call is applied to the model and then waits for this promise before it answers. */
  holdIamResponses: Promise<void> | null;
  /** Every CloudTrail call (JSON 1.1, `X-Amz-Target: …CloudTrail_20131101.<Operation>`). */
  cloudTrailCalls: { operation: string; input: Record<string, unknown>; accessKeyId: string }[];
  /**
   * The role lacks permission for these: StartAutomationExecution of a document here, or an IAM action here
   * ("UpdateAccessKey"), is refused with AWS's AccessDenied, and nothing changes.
   */
  deniedDocuments: Set<string>;
  deniedIamActions: Set<string>;
  close(): Promise<void>;
};

class SimFailure extends Error {}

function bucket(model: TSimModel, name: string): TSimBucket {
  const found = model.buckets.get(name);
  if (!found) throw new SimFailure(`NoSuchBucket: The specified bucket does not exist: ${name}`);
  return found;
}

function instance(model: TSimModel, id: string): TSimInstance {
  const found = model.instances.get(id);
  if (!found) throw new SimFailure(`InvalidInstanceID.NotFound: The instance ID '${id}' does not exist`);
  return found;
}

const ALL_BLOCKED = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const dryRun = (p: Record<string, string>) => p.DryRun === "true";
const ORIGINAL_GROUPS_TAG = "original-security-groups";
const DENY_ALL_POLICY = "arn:aws:iam::aws:policy/AWSDenyAll";
const isolationGroup = (instanceId: string) => `sg-isolation-${instanceId.slice(2, 10)}`;

/** The runbooks the catalog names, as the steps the simulator runs. Unknown documents are refused at start. */
const RUNBOOKS: Record<string, TStep[]> = {
  "AWS-DisableS3BucketPublicReadWrite": [
    { name: "PutS3BucketPublicAccessBlock", action: "aws:executeAwsApi", run: (m, p) => { bucket(m, p.S3BucketName!).publicAccessBlock = { ...ALL_BLOCKED }; return {}; } },
  ],
  "AWSConfigRemediation-ConfigureS3PublicAccessBlock": [
    {
      name: "PutAccountPublicAccessBlock", action: "aws:executeAwsApi",
      run: (m, p) => {
        m.accountPublicAccessBlock = Object.fromEntries(Object.keys(ALL_BLOCKED).map((k) => [k, p[k] === "true"]));
        return {};
      },
    },
  ],
  "AWS-EnableS3BucketEncryption": [
    { name: "PutBucketEncryption", action: "aws:executeAwsApi", run: (m, p) => { bucket(m, p.BucketName!).encryption = p.SSEAlgorithm ?? "AES256"; return {}; } },
  ],
  "AWS-CreateImage": [
    {
      name: "createImage", action: "aws:createImage",
      run: (m, p) => {
        const found = instance(m, p.InstanceId!);
        const imageId = `ami-${randomUUID().replace(/-/g, "").slice(0, 17)}`;
        m.images.push(imageId);
        return { "createImage.ImageId": [imageId], "createImage.SnapshotIds": found.volumes.map((v) => `snap-${v.slice(4)}`) };
      },
    },
  ],
  "AWSSupport-ContainEC2Instance": [
    {
      name: "BackupSecurityGroups", action: "aws:executeScript",
      run: (m, p) => ({ [`BackupSecurityGroups.${ORIGINAL_GROUPS_TAG}`]: [...instance(m, p.InstanceId!).securityGroups] }),
    },
    {
      name: "ApplyIsolation", action: "aws:executeAwsApi",
      run: (m, p): Record<string, string[]> => {
        const found = instance(m, p.InstanceId!);
        if (dryRun(p)) return { "ApplyIsolation.DryRun": ["would replace the security groups"] };
        if (p.Action === "Release") {
          const original = m.originalGroups.get(p.InstanceId!);
          if (!original) throw new SimFailure(`No security group backup was found for ${p.InstanceId}; nothing to release.`);
          found.securityGroups = [...original];
          m.originalGroups.delete(p.InstanceId!);
        } else {
          m.originalGroups.set(p.InstanceId!, [...found.securityGroups]);
          found.securityGroups = [isolationGroup(p.InstanceId!)];
        }
        return { "ApplyIsolation.SecurityGroups": [...found.securityGroups] };
      },
    },
  ],
  "AWSSupport-ContainIAMPrincipal": [
    {
      name: "ContainPrincipal", action: "aws:executeScript",
      run: (m, p): Record<string, string[]> => {
        const name = p.PrincipalName!;
        const principal = m.principals.get(name);
        if (!principal) throw new SimFailure(`NoSuchEntity: The ${p.PrincipalType} with name ${name} cannot be found.`);
        if (dryRun(p)) return { "ContainPrincipal.Contained": [String(principal.contained)] };
        if (p.Action === "Release") {
          const original = m.originalPrincipals.get(name);
          if (!original) throw new SimFailure(`No containment backup was found for ${name}; nothing to release.`);
          principal.policies = [...original.policies];
          principal.accessKeys = { ...original.accessKeys };
          principal.contained = false;
          m.originalPrincipals.delete(name);
        } else {
          m.originalPrincipals.set(name, { policies: [...principal.policies], accessKeys: { ...principal.accessKeys } });
          principal.policies = [...principal.policies, DENY_ALL_POLICY];
          principal.accessKeys = Object.fromEntries(Object.keys(principal.accessKeys).map((key) => [key, "Inactive" as const]));
          principal.contained = true;
        }
        return { "ContainPrincipal.Contained": [String(principal.contained)], "ContainPrincipal.Policies": [...principal.policies] };
      },
    },
  ],
  "AWSConfigRemediation-RevokeUnusedIAMUserCredentials": [{ name: "RevokeUnusedCredentials", action: "aws:executeScript", run: () => ({}) }],
  "AWS-EnableCloudTrailLogFileValidation": [{ name: "UpdateTrail", action: "aws:executeAwsApi", run: () => ({}) }],
  "AWS-EnableCloudTrail": [{ name: "CreateTrail", action: "aws:executeAwsApi", run: () => ({}) }],
};

const TERMINAL = new Set(["Success", "Failed", "TimedOut", "Cancelled"]);

/** Advances one step: the pending step runs (its effect on the model, its outputs), or the execution ends. */
function advance(model: TSimModel, execution: TExecution): void {
  if (TERMINAL.has(execution.status)) return;
  const index = execution.steps.findIndex((s) => s.StepStatus !== "Success");
  if (index === -1) {
    execution.status = "Success";
    execution.end = Date.now() / 1000;
    return;
  }
  const step = execution.steps[index]!;
  if (step.StepStatus === "Pending") {
    step.StepStatus = "InProgress";
    step.ExecutionStartTime = Date.now() / 1000;
    return;
  }
  try {
    if (execution.injectedFailure) throw new SimFailure(execution.injectedFailure);
    step.Outputs = execution.plan[index]!.run(model, execution.parameters);
    step.StepStatus = "Success";
  } catch (error) {
    step.StepStatus = "Failed";
    step.FailureMessage = error instanceof Error ? error.message : String(error);
    execution.status = "Failed";
    execution.failureMessage = `Step fails when it is Executing. ${step.FailureMessage}`;
    execution.end = Date.now() / 1000;
  }
  step.ExecutionEndTime = Date.now() / 1000;
}

/** Who the simulator says is calling, in its AccessDenied messages, as AWS names the assumed role. */
const SIM_CALLER = "arn:aws:sts::111111111111:assumed-role/BreachdeskContainment/breachdesk-containment";

/** The model as plain JSON (maps as objects). */
export function estateJson(model: TSimModel) {
  return {
    buckets: Object.fromEntries(model.buckets), accountPublicAccessBlock: model.accountPublicAccessBlock, instances: Object.fromEntries(model.instances),
    principals: Object.fromEntries(model.principals), images: model.images, originalGroups: Object.fromEntries(model.originalGroups), trails: Object.fromEntries(model.trails),
  };
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startSsmSimulator(): Promise<TSsmSimulator> {
  const byToken = new Map<string, string>();
  const sim: Omit<TSsmSimulator, "url" | "close"> = {
    model: { buckets: new Map(), accountPublicAccessBlock: null, instances: new Map(), principals: new Map(), images: [], originalGroups: new Map(), originalPrincipals: new Map(), trails: new Map() },
    startCalls: [],
    executionsStarted: 0,
    executions: new Map(),
    holdStartResponses: null,
    failNextExecutions: [],
    iamCalls: [],
    holdIamResponses: null,
    cloudTrailCalls: [],
    deniedDocuments: new Set(),
    deniedIamActions: new Set(),
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const text = await body(req);
      const send = (status: number, payload: unknown, type?: string) => {
        res.writeHead(status, { "content-type": "application/x-amz-json-1.1", ...(type ? { "x-amzn-errortype": type } : {}) });
        res.end(JSON.stringify(type ? { __type: type, message: (payload as { message: string }).message } : payload));
      };
      if (req.method === "GET" && req.url === "/_estate") {
        // A debug view of the in-memory estate for browser tests, which cannot reach the model object.
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify(estateJson(sim.model)));
      }
      const target = String(req.headers["x-amz-target"] ?? "");
      const accessKeyId = /Credential=([^/]+)\//.exec(req.headers.authorization ?? "")?.[1] ?? "";
      if (!target && String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
        const form = new URLSearchParams(text);
        const action = form.get("Action") ?? "";
        sim.iamCalls.push({ action, params: Object.fromEntries(form), accessKeyId });
        const answer = sim.deniedIamActions.has(action)
          ? iamError(403, "AccessDenied", `User: ${SIM_CALLER} is not authorized to perform: iam:${action} on resource: arn:aws:iam::111111111111:user/${form.get("UserName") ?? form.get("RoleName") ?? ""} because no identity-based policy allows the iam:${action} action`)
          : answerIam(sim.model, form);
        if (sim.holdIamResponses) await sim.holdIamResponses;
        // IAM names the request in a header too, which is where the SDK reads $metadata.requestId from.
        res.writeHead(answer.status, { "content-type": "text/xml", "x-amzn-requestid": answer.requestId });
        return res.end(answer.xml);
      }
      const input = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
      if (target.includes("CloudTrail_20131101.")) {
        const operation = target.slice(target.lastIndexOf(".") + 1);
        sim.cloudTrailCalls.push({ operation, input, accessKeyId });
        if (operation !== "StartLogging") return send(400, { message: `The simulator does not implement CloudTrail ${operation}.` }, "InvalidAction");
        // A trail is named by its name or its ARN (…:trail/<name>).
        const name = String(input.Name ?? "").replace(/^arn:[^:]+:cloudtrail:[^:]*:\d{12}:trail\//, "");
        const trail = sim.model.trails.get(name);
        if (!trail) return send(400, { message: `Unknown trail: ${name} for the user: 111111111111` }, "TrailNotFoundException");
        trail.logging = true;
        return send(200, {});
      }
      if (target === "AmazonSSM.StartAutomationExecution") {
        const document = String(input.DocumentName ?? "");
        const clientToken = typeof input.ClientToken === "string" ? input.ClientToken : undefined;
        sim.startCalls.push({ document, clientToken, accessKeyId });
        if (sim.deniedDocuments.has(document)) {
          return send(400, {
            message: `User: ${SIM_CALLER} is not authorized to perform: ssm:StartAutomationExecution on resource: arn:aws:ssm:us-east-1:111111111111:automation-definition/${document}:$DEFAULT because no identity-based policy allows the ssm:StartAutomationExecution action`,
          }, "AccessDeniedException");
        }
        const plan = RUNBOOKS[document];
        if (!plan) return send(400, { message: `Document ${document} does not exist.` }, "InvalidDocument");
        const parameters = Object.fromEntries(Object.entries((input.Parameters ?? {}) as Record<string, string[]>).map(([k, v]) => [k, v.join(",")]));
        const known = clientToken ? byToken.get(clientToken) : undefined;
        if (known) {
          const existing = sim.executions.get(known)!;
          if (existing.document !== document || JSON.stringify(existing.parameters) !== JSON.stringify(parameters)) {
            return send(400, { message: "Error while calling StartAutomationExecution: the ClientToken was used with different parameters." }, "IdempotentParameterMismatch");
          }
          return send(200, { AutomationExecutionId: known });
        }
        const id = randomUUID();
        if (clientToken) byToken.set(clientToken, id);
        sim.executionsStarted += 1;
        const injected = sim.failNextExecutions.findIndex((f) => f.document === document);
        const injectedFailure = injected === -1 ? undefined : sim.failNextExecutions.splice(injected, 1)[0]!.message;
        sim.executions.set(id, {
          id, document, parameters, status: "InProgress", plan, start: Date.now() / 1000, injectedFailure,
          steps: plan.map((step, i) => ({ StepName: step.name, Action: step.action, StepStatus: "Pending", StepExecutionId: `${id}-step-${i + 1}` })),
        });
        if (sim.holdStartResponses) await sim.holdStartResponses;
        return send(200, { AutomationExecutionId: id });
      }
      if (target === "AmazonSSM.GetAutomationExecution") {
        const execution = sim.executions.get(String(input.AutomationExecutionId ?? ""));
        if (!execution) return send(400, { message: "There is no automation execution with that id." }, "AutomationExecutionNotFoundException");
        advance(sim.model, execution);
        return send(200, {
          AutomationExecution: {
            AutomationExecutionId: execution.id,
            DocumentName: execution.document,
            AutomationExecutionStatus: execution.status,
            ExecutionStartTime: execution.start,
            ...(execution.end ? { ExecutionEndTime: execution.end } : {}),
            ...(execution.failureMessage ? { FailureMessage: execution.failureMessage } : {}),
            Parameters: Object.fromEntries(Object.entries(execution.parameters).map(([k, v]) => [k, [v]])),
            StepExecutions: execution.steps,
          },
        });
      }
      return send(400, { message: `The simulator does not implement ${target || "this call"}.` }, "InvalidAction");
    })().catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/x-amz-json-1.1" });
      res.end(JSON.stringify({ __type: "InternalServerError", message: error instanceof Error ? error.message : String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(sim, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  });
}
