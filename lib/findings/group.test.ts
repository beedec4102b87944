import { describe, expect, it } from "vitest";
import { groupByResource } from "@/lib/findings/group";

describe("groupByResource", () => {
  it("groups by the first resource and keeps order within a group", () => {
    const items = [
      { n: 1, resources: [{ id: "arn:aws:s3:::a", type: "AwsS3Bucket" }] },
      { n: 2, resources: [{ id: "i-1", type: "AwsEc2Instance" }] },
      { n: 3, resources: [{ id: "arn:aws:s3:::a", type: "AwsS3Bucket" }, { id: "x" }] },
      { n: 4, resources: null },
    ];
    expect(groupByResource(items).map((g) => [g.resource, g.resourceType, g.items.map((i) => i.n)])).toEqual([
      ["arn:aws:s3:::a", "AwsS3Bucket", [1, 3]],
      ["i-1", "AwsEc2Instance", [2]],
      ["Unknown resource", "Other", [4]],
    ]);
  });
});
