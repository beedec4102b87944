import { describe, expect, it } from "vitest";
import { isOpenTask, isOverdue, taskChanges } from "./status";

const now = new Date("2026-03-01T12:00:00Z");

describe("task status", () => {
  it("counts open and in-progress tasks as open work, done and cancelled as not", () => {
    expect(isOpenTask("open")).toBe(true);
    expect(isOpenTask("in_progress")).toBe(true);
    expect(isOpenTask("done")).toBe(false);
    expect(isOpenTask("cancelled")).toBe(false);
  });

  it("calls an open task overdue once its due instant has passed, and never a finished or undated one", () => {
    expect(isOverdue({ status: "open", dueAt: "2026-03-01T11:59:59Z" }, now)).toBe(true);
    expect(isOverdue({ status: "in_progress", dueAt: new Date("2026-03-01T11:00:00Z") }, now)).toBe(true);
    expect(isOverdue({ status: "open", dueAt: "2026-03-01T12:00:01Z" }, now)).toBe(false);
    expect(isOverdue({ status: "done", dueAt: "2026-02-01T00:00:00Z" }, now)).toBe(false);
    expect(isOverdue({ status: "cancelled", dueAt: "2026-02-01T00:00:00Z" }, now)).toBe(false);
    expect(isOverdue({ status: "open", dueAt: null }, now)).toBe(false);
  });

  it("lists each changed field old → new and nothing for an unchanged one", () => {
    const before = { title: "Rotate key", role: "engineering", status: "open" as const, dueAt: null, owner: null };
    const after = {
      ...before,
      status: "done" as const,
      dueAt: new Date("2026-03-02T00:00:00Z"),
      owner: { id: "u1", name: "Ana" },
    };
    expect(taskChanges(before, after)).toEqual([
      { field: "status", from: "open", to: "done" },
      { field: "dueAt", from: null, to: "2026-03-02T00:00:00.000Z" },
      { field: "owner", from: null, to: "Ana" },
    ]);
    expect(taskChanges(before, before)).toEqual([]);
  });
});
