import type { TContainmentAction } from "@/lib/containment/catalog";
import type { TInvalidParam } from "@/lib/errors/app-error";

export type TParameterCheck = { ok: true; parameters: Record<string, string> } | { ok: false; problems: TInvalidParam[] };

/**
 * The action's parameters as they will run: every parameter the action declares, each matching its pattern, nothing
 * else; the role comes from the account's configuration and cannot be typed. Pure. Problems name the field as
 * `parameters.<Name>`, so a 400 says which value is wrong.
 */
export function checkParameters(action: TContainmentAction, given: Record<string, string>, roleArn: string): TParameterCheck {
  const problems: TInvalidParam[] = [];
  const parameters: Record<string, string> = {};
  const declared = new Set(action.parameters.map((p) => p.name));
  for (const name of Object.keys(given)) {
    if (!declared.has(name)) problems.push({ name: `parameters.${name.slice(0, 100)}`, reason: `is not a parameter of ${action.title.toLowerCase()}` });
  }
  for (const parameter of action.parameters) {
    const field = `parameters.${parameter.name}`;
    if (parameter.source === "role") {
      if (Object.hasOwn(given, parameter.name) && given[parameter.name] !== roleArn) {
        problems.push({ name: field, reason: "is set from the role configured for the account, not by the request" });
      }
      parameters[parameter.name] = roleArn;
      continue;
    }
    const value = Object.hasOwn(given, parameter.name) ? given[parameter.name]! : parameter.default;
    if (value === undefined || value === "") {
      problems.push({ name: field, reason: `is required: ${parameter.rule}` });
    } else if (value.length > parameter.maxLength || !parameter.pattern.test(value)) {
      problems.push({ name: field, reason: `must be ${parameter.rule}` });
    } else {
      parameters[parameter.name] = value;
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, parameters };
}

/** True when the parameters ask the runbook only to report what it would do. */
export function isDryRun(action: TContainmentAction, parameters: Record<string, string>): boolean {
  return action.dryRun !== null && parameters[action.dryRun.parameter] === action.dryRun.on;
}
