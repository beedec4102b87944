import type { TDataSelector, TTrailState } from "@/lib/access-reconstruction/coverage";

/**
 * GetEventSelectors' answer (basic EventSelectors or AdvancedEventSelectors) → what the trail records: management
 * reads and writes, and which S3 objects and DynamoDB tables' data events (reads included or not).
 */
type TBasic = { ReadWriteType?: string; IncludeManagementEvents?: boolean; DataResources?: { Type?: string; Values?: string[] }[] };
type TField = { Field?: string; Equals?: string[]; StartsWith?: string[]; NotEquals?: string[]; NotStartsWith?: string[]; EndsWith?: string[] };
type TAdvanced = { FieldSelectors?: TField[] };

const DATA_TYPES = new Set(["AWS::S3::Object", "AWS::DynamoDB::Table"]);

export function selectorsFromAnswer(answer: { EventSelectors?: TBasic[]; AdvancedEventSelectors?: TAdvanced[] }): Pick<TTrailState, "management" | "data"> {
  const management = { read: false, write: false };
  const data: TDataSelector[] = [];
  for (const selector of answer.EventSelectors ?? []) {
    const rw = selector.ReadWriteType ?? "All";
    const reads = rw === "All" || rw === "ReadOnly";
    const writes = rw === "All" || rw === "WriteOnly";
    if (selector.IncludeManagementEvents !== false) {
      management.read ||= reads;
      management.write ||= writes;
    }
    for (const resource of selector.DataResources ?? []) {
      if (!resource.Type || !DATA_TYPES.has(resource.Type)) continue;
      const values = resource.Values ?? [];
      const all = values.some((v) => v === "arn:aws:s3" || v === "arn:aws:s3:::" || v === "arn:aws:dynamodb");
      data.push({ type: resource.Type as TDataSelector["type"], values: all ? "all" : values, readEvents: reads });
    }
  }
  for (const selector of answer.AdvancedEventSelectors ?? []) {
    const fields = new Map((selector.FieldSelectors ?? []).map((f) => [f.Field ?? "", f]));
    const category = fields.get("eventCategory")?.Equals ?? [];
    const readOnly = fields.get("readOnly")?.Equals;
    const reads = !readOnly || readOnly.includes("true");
    const writes = !readOnly || readOnly.includes("false");
    if (category.includes("Management")) {
      management.read ||= reads;
      management.write ||= writes;
      continue;
    }
    if (!category.includes("Data")) continue;
    const types = (fields.get("resources.type")?.Equals ?? []).filter((t) => DATA_TYPES.has(t));
    const arn = fields.get("resources.ARN");
    // Exclusions (NotEquals, NotStartsWith, EndsWith) make coverage uncertain: counted as not covering, so a gap is said, not hidden.
    if (arn && (arn.NotEquals?.length || arn.NotStartsWith?.length || arn.EndsWith?.length)) continue;
    const names = [...(arn?.Equals ?? []), ...(arn?.StartsWith ?? [])];
    for (const type of types) data.push({ type: type as TDataSelector["type"], values: arn ? names : "all", readEvents: reads });
  }
  return { management, data };
}
