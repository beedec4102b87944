import { describe, expect, it } from "vitest";
import { failureWithPermissions, isAccessDenied } from "@/lib/containment/access-denied";
import { findAction } from "@/lib/containment/catalog";

const denied = (name: string, status = 400) => Object.assign(new Error("User: arn:aws:sts::111111111111:assumed-role/x/y is not authorized"), { name, $metadata: { httpStatusCode: status } });

describe("isAccessDenied", () => {
  it("recognises each service's name for a missing permission, and a bare 403", () => {
    expect(isAccessDenied(denied("AccessDeniedException"))).toBe(true);
    expect(isAccessDenied(denied("AccessDenied"))).toBe(true);
    expect(isAccessDenied(denied("UnauthorizedOperation"))).toBe(true);
    expect(isAccessDenied(denied("SomethingElse", 403))).toBe(true);
  });
  it("does not take other refusals for one", () => {
    expect(isAccessDenied(denied("InvalidDocument"))).toBe(false);
    expect(isAccessDenied(denied("ThrottlingException", 429))).toBe(false);
    expect(isAccessDenied(new Error("socket hang up"))).toBe(false);
    expect(isAccessDenied("AccessDenied")).toBe(false);
  });
});

describe("failureWithPermissions", () => {
  it("appends the action's exact permissions to AWS's message on AccessDenied", () => {
    const error = denied("AccessDeniedException");
    const needs = findAction("ec2-instance-contain")!.iamPermissions;
    expect(failureWithPermissions(error, error.message, "ec2-instance-contain")).toBe(`${error.message} This action needs: ${needs.join(", ")}.`);
    expect(failureWithPermissions(denied("AccessDenied"), "Denied", "iam-access-key-deactivate")).toBe("Denied This action needs: iam:UpdateAccessKey.");
  });
  it("leaves other failures and unknown actions as AWS said them", () => {
    expect(failureWithPermissions(denied("InvalidDocument"), "Document X does not exist.", "ec2-instance-contain")).toBe("Document X does not exist.");
    expect(failureWithPermissions(denied("AccessDenied"), "Denied", "no-such-action")).toBe("Denied");
  });
});
