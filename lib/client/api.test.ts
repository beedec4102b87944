import { describe, expect, it } from "vitest";
import { ApiError, apiErrorFromProblem, fieldErrorsOf, listFieldError } from "@/lib/client/api";

describe("an API error as a form reads it", () => {
  it("turns invalid_params into field errors, keeping the first reason of a field, and the title into the message", () => {
    const error = apiErrorFromProblem(400, {
      type: "about:blank",
      title: "Some fields are not valid",
      request_id: "req-1",
      invalid_params: [
        { name: "title", reason: "is required" },
        { name: "decision.ownerId", reason: "must be a member" },
        { name: "title", reason: "is too long" },
      ],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe("Some fields are not valid");
    expect(error.fieldErrors).toEqual({ title: "is required", "decision.ownerId": "must be a member" });
    expect(error.requestId).toBe("req-1");
  });

  it("says the session ended on a 401, whatever the title", () => {
    expect(apiErrorFromProblem(401, { title: "Unauthorized" }).message).toBe("Your session has ended. Sign in again to continue.");
  });

  it("names the status when the body is not problem+json, and ignores malformed parameters", () => {
    for (const body of [null, "<html>Bad gateway</html>", { title: "" }, 42]) {
      const error = apiErrorFromProblem(502, body);
      expect(error.message).toBe("The request failed (HTTP 502).");
      expect(error.fieldErrors).toEqual({});
      expect(error.requestId).toBeNull();
    }
    const odd = apiErrorFromProblem(400, { title: "Bad", invalid_params: [null, { name: 3, reason: "x" }, { name: "ok", reason: "is wrong" }] });
    expect(odd.fieldErrors).toEqual({ ok: "is wrong" });
    expect(apiErrorFromProblem(400, { title: "Bad", invalid_params: "title" }).fieldErrors).toEqual({});
  });

  it("gives field errors only for an API error", () => {
    expect(fieldErrorsOf(apiErrorFromProblem(409, { title: "Changed", invalid_params: [{ name: "followUp", reason: "must be confirmed" }] }))).toEqual({
      followUp: "must be confirmed",
    });
    expect(fieldErrorsOf(new Error("network"))).toEqual({});
    expect(fieldErrorsOf(null)).toEqual({});
  });

  it("shows a list field's own error, else the first of its items'", () => {
    expect(listFieldError({ residency: "is required", "residency.0.count": "must be a number" }, "residency")).toBe("is required");
    expect(listFieldError({ "residency.2.count": "must be a number", "residency.3.jurisdiction": "is unknown" }, "residency")).toBe("must be a number");
    expect(listFieldError({ residencyNote: "is too long" }, "residency")).toBeUndefined();
  });
});
