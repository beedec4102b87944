import { describe, expect, it } from "vitest";
import { resourceShortName, suggestIncidentTitle } from "@/lib/findings/suggest-title";

const bucket = "arn:aws:s3:::customer-exports";

describe("suggestIncidentTitle", () => {
  it("is empty with nothing selected and the finding's own title for one finding", () => {
    expect(suggestIncidentTitle([])).toBe("");
    expect(suggestIncidentTitle([{ title: "  S3 bucket allows\n  public reads ", severityRank: 3, resource: bucket }])).toBe("S3 bucket allows public reads");
  });

  it("leads with the most severe finding and names the one resource they share", () => {
    expect(
      suggestIncidentTitle([
        { title: "Logging disabled", severityRank: 1, resource: bucket },
        { title: "S3 bucket allows public reads", severityRank: 4, resource: bucket },
        { title: "No default encryption", severityRank: 2, resource: bucket },
      ]),
    ).toBe("S3 bucket allows public reads — customer-exports (+2 related findings)");
  });

  it("counts the resources when the findings span several", () => {
    expect(
      suggestIncidentTitle([
        { title: "Key used from a Tor exit node", severityRank: 4, resource: "arn:aws:iam::123456789012:user/ci" },
        { title: "Public bucket", severityRank: 3, resource: bucket },
      ]),
    ).toBe("Key used from a Tor exit node — 2 resources (+1 related finding)");
  });

  it("never exceeds the 200 characters an incident title may have", () => {
    const long = suggestIncidentTitle([
      { title: "x".repeat(500), severityRank: 4, resource: bucket },
      { title: "y", severityRank: 1, resource: bucket },
    ]);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith("— customer-exports (+1 related finding)")).toBe(true);
  });

  it("shortens ARNs and ids to the part people say", () => {
    expect(resourceShortName(bucket)).toBe("customer-exports");
    expect(resourceShortName("arn:aws:iam::123456789012:user/ci-deployer")).toBe("ci-deployer");
    expect(resourceShortName("i-0abc123")).toBe("i-0abc123");
  });
});
