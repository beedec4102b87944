import { createElement, type ComponentProps, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { describe, expect, it } from "vitest";
import { ContainmentRequestList } from "@/components/containment/request-list";

type TRequests = ComponentProps<typeof ContainmentRequestList>["requests"];
const router = { push() {}, replace() {}, refresh() {}, back() {}, forward() {}, prefetch() {} };
const at = new Date("2026-12-03T07:00:00Z");

function request(over: Record<string, unknown>, viewer: Record<string, unknown> = {}) {
  return {
    id: "11111111-1111-4111-8111-111111111111", title: "Isolate the instance on the network", target: "i-0abc12345", status: "failed", kind: "action",
    releasesRequestId: null, attempt: 1, dryRun: false, runbook: "AWSSupport-ContainEC2Instance", actionVersion: 1, accountId: "111111111111",
    region: "us-east-1", roleArn: "arn:aws:iam::111111111111:role/R", parameters: { InstanceId: "i-0abc12345" }, requestedByLabel: "Eve", createdAt: at,
    requestHash: "a".repeat(64), failure: null, approvals: [], executions: [],
    approvalState: { missing: null }, approvalNeed: { approvals: 1, commander: true, text: "1 approval, the incident's commander's", policyVersion: 1 },
    ...over,
    viewer: { mayApprove: false, refusal: null, mayRetry: false, retryRefusal: null, mayRelease: false, releasable: true, releasedBy: null, ...viewer },
  };
}

const render = (requests: unknown[]) => {
  const tree: ReactNode = createElement(
    AppRouterContext.Provider,
    { value: router as never },
    createElement(QueryClientProvider, { client: new QueryClient() }, createElement(ContainmentRequestList, { incidentId: "inc", requests: requests as TRequests })),
  );
  return renderToStaticMarkup(tree);
};

describe("the containment request list after a run", () => {
  it("shows AWS's failure message as text and a Retry button when the approvals still hold", () => {
    const html = render([request({ failure: "<script>alert(1)</script> AccessDenied" }, { mayRetry: true })]);
    expect(html).toContain("AWS said: &lt;script&gt;alert(1)&lt;/script&gt; AccessDenied");
    expect(html).not.toContain("<script>");
    expect(html).toContain('aria-label="Retry Isolate the instance on the network"');
  });

  it("says why a failed request cannot be retried, with no button", () => {
    const html = render([request({ failure: "AccessDenied" }, { retryRefusal: "The approvals of this exact request no longer hold." })]);
    expect(html).not.toContain("aria-label=\"Retry");
    expect(html).toContain("Retry: The approvals of this exact request no longer hold.");
  });

  it("offers Release on a succeeded reversible action and links an action and its release both ways", () => {
    const original = request({ status: "succeeded" }, { mayRelease: true });
    expect(render([original])).toContain('aria-label="Release Isolate the instance on the network"');
    const releaseId = "22222222-2222-4222-8222-222222222222";
    const html = render([
      request({ status: "succeeded" }, { releasedBy: releaseId }),
      request({ id: releaseId, kind: "release", releasesRequestId: original.id, status: "awaiting_approval" }),
    ]);
    expect(html).toContain(`href="#containment-request-${releaseId}"`);
    expect(html).toContain(`href="#containment-request-${original.id}"`);
    expect(html).toContain("Release: Isolate the instance on the network");
    expect(html).not.toContain('aria-label="Release Isolate');
  });

  it("lists every attempt's execution with its own message", () => {
    const execution = (attempt: number, status: string, failureMessage: string | null) => ({
      id: `e${attempt}`, attempt, automationExecutionId: `exec-${attempt}`, status, failureMessage, startedAt: at, endedAt: at, steps: [],
    });
    const html = render([request({ status: "succeeded", attempt: 2, executions: [execution(1, "Failed", "Throttled"), execution(2, "Success", null)] })]);
    expect(html).toContain("Attempt 1: ");
    expect(html).toContain("Attempt 2: ");
    expect(html).toContain("AWS said: Throttled");
  });
});
