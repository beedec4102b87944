/**
 * The IAM Query protocol (form-encoded POST with Action=…&Version=2010-05-08, XML answers) for the calls the
 * containment catalog makes directly — UpdateAccessKey and PutRolePolicy — plus GetRolePolicy to read back, served by
 * the SSM simulator's server (tests/aws/ssm-simulator.ts) against the same in-memory model, so one address stands in
 * for both services (AWS_ENDPOINT_URL_IAM and AWS_ENDPOINT_URL_SSM, or BREACHDESK_CONTAINMENT_SIMULATOR_URL).
 */
import { randomUUID } from "node:crypto";
import type { TSimModel } from "@/tests/aws/ssm-simulator";

export type TIamCall = { action: string; params: Record<string, string>; accessKeyId: string };
export type TIamAnswer = { status: number; xml: string; requestId: string };

const NS = "https://iam.amazonaws.com/doc/2010-05-08/";
const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function ok(action: string, result = ""): TIamAnswer {
  const body = result ? `<${action}Result>${result}</${action}Result>` : "";
  const requestId = randomUUID();
  return { status: 200, requestId, xml: `<${action}Response xmlns="${NS}">${body}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>` };
}

export function iamError(status: number, code: string, message: string): TIamAnswer {
  const requestId = randomUUID();
  return {
    status,
    requestId,
    xml: `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
  };
}

/** Answers one IAM Query request against the model. */
export function answerIam(model: TSimModel, form: URLSearchParams): TIamAnswer {
  const action = form.get("Action") ?? "";
  const p = (name: string) => form.get(name) ?? "";
  if (action === "UpdateAccessKey") {
    const principal = model.principals.get(p("UserName"));
    if (!principal || !Object.hasOwn(principal.accessKeys, p("AccessKeyId"))) {
      return iamError(404, "NoSuchEntity", `The Access Key with id ${p("AccessKeyId")} cannot be found.`);
    }
    const status = p("Status");
    if (status !== "Active" && status !== "Inactive") return iamError(400, "ValidationError", "Status must be Active or Inactive.");
    principal.accessKeys[p("AccessKeyId")] = status;
    return ok(action);
  }
  if (action === "PutRolePolicy") {
    const principal = model.principals.get(p("RoleName"));
    if (!principal) return iamError(404, "NoSuchEntity", `The role with name ${p("RoleName")} cannot be found.`);
    try {
      JSON.parse(p("PolicyDocument"));
    } catch {
      return iamError(400, "MalformedPolicyDocument", "Syntax errors in policy.");
    }
    principal.inlinePolicies[p("PolicyName")] = p("PolicyDocument");
    return ok(action);
  }
  if (action === "GetRolePolicy") {
    const document = model.principals.get(p("RoleName"))?.inlinePolicies[p("PolicyName")];
    if (document === undefined) return iamError(404, "NoSuchEntity", `The role policy with name ${p("PolicyName")} cannot be found.`);
    return ok(action, `<RoleName>${escapeXml(p("RoleName"))}</RoleName><PolicyName>${escapeXml(p("PolicyName"))}</PolicyName><PolicyDocument>${escapeXml(encodeURIComponent(document))}</PolicyDocument>`);
  }
  return iamError(400, "InvalidAction", `The simulator does not implement IAM ${action || "this call"}.`);
}
