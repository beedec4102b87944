import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { describe, expect, it } from "vitest";
import { TaskList, type TTaskView } from "@/components/tasks/task-list";

const router = { push() {}, replace() {}, refresh() {}, back() {}, forward() {}, prefetch() {} };
const base: TTaskView = { id: "t-1", title: "Rotate keys", role: "engineering", status: "open", dueAt: null, version: 1, playbookId: null, owner: null, overdue: false, ticket: null };
const connections = [{ id: "c-1", name: "Jira SEC", kind: "jira" }];

const render = (task: TTaskView, owners: [] | null = []) => {
  const tree: ReactNode = createElement(
    AppRouterContext.Provider,
    { value: router as never },
    createElement(QueryClientProvider, { client: new QueryClient() }, createElement(TaskList, { incidentId: "inc", tasks: [task], owners, ticketConnections: connections })),
  );
  return renderToStaticMarkup(tree);
};

describe("a task's ticket on the task list", () => {
  it("offers Send to <connection> only for a task without a ticket, to someone who may manage tasks", () => {
    expect(render(base)).toContain("Send to Jira SEC");
    expect(render(base, null)).not.toContain("Send to");
    expect(render({ ...base, ticket: { key: null, url: null } })).not.toContain("Send to");
  });

  it("shows the key linked, or that it is requested; a non-http link is shown as text", () => {
    expect(render({ ...base, ticket: { key: null, url: null } })).toContain("Requested, waiting for the service");
    const linked = render({ ...base, ticket: { key: "SEC-1", url: "https://jira.example/browse/SEC-1" } });
    expect(linked).toContain('href="https://jira.example/browse/SEC-1"');
    expect(linked).toContain(">SEC-1</a>");
    const unsafe = render({ ...base, ticket: { key: "SEC-2", url: "javascript:alert(1)" } });
    expect(unsafe).not.toContain("javascript:");
    expect(unsafe).toContain("SEC-2");
  });
});
