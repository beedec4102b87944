"use client";

import { Field, Select, TextInput } from "@/components/ui/field";
import type { TConnectionKind } from "@/lib/integration-admin/schemas";
import { SERVICENOW_TABLES } from "@/lib/integrations/servicenow-tables";

export type TKindForm = { kind: TConnectionKind; label: string; secret: string; secretHint: string; inbound?: string; baseUrlRequired?: boolean; baseUrlHint?: string };

export const KINDS: TKindForm[] = [
  { kind: "slack", label: "Slack", secret: "Bot token", secretHint: "xoxb-…, from the Slack app's OAuth page (chat:write, users:read.email).", inbound: "Signing secret (optional: for /breachdesk status)", baseUrlHint: "https://slack.com when empty; https://slack-gov.com for GovSlack." },
  { kind: "teams", label: "Microsoft Teams", secret: "Workflows webhook URL", secretHint: "The URL of the channel's “Post to a channel when a webhook request is received” workflow." },
  { kind: "pagerduty", label: "PagerDuty", secret: "Routing key", secretHint: "The Events API v2 integration key of the service to page.", baseUrlHint: "https://events.pagerduty.com when empty; https://events.eu.pagerduty.com for an EU account." },
  { kind: "jira", label: "Jira", secret: "API token", secretHint: "The token of the account named below.", inbound: "Webhook secret (optional: for status changes sent back by Jira)", baseUrlRequired: true, baseUrlHint: "https://your-site.atlassian.net" },
  { kind: "servicenow", label: "ServiceNow", secret: "Password", secretHint: "The password of the integration user named below.", inbound: "Webhook secret (optional: for state changes sent back by ServiceNow)", baseUrlRequired: true, baseUrlHint: "https://your-instance.service-now.com" },
];

/** The settings a form sends for a kind: what is filled in (empty ones left out, so the server's defaults apply). */
export function settingsFrom(form: FormData, kind: TConnectionKind, perIncident: boolean): Record<string, unknown> {
  const settings: Record<string, unknown> = Object.fromEntries(
    ["baseUrl", "channel", "channelPrefix", "severityFloor", "email", "projectKey", "issueType", "username", "table"]
      .map((name) => [name, String(form.get(name) ?? "").trim()])
      .filter(([, value]) => value !== ""),
  );
  if (kind === "slack") settings.channelPerIncident = perIncident;
  return settings;
}

/**
 * The kind's own settings, one source for "Add a connection" and "Edit": each field named as in the kind's schema
 * (lib/integration-admin/schemas.ts), its error beside it, pre-filled from `values` when editing.
 */
export function ConnectionSettingsFields({
  kind, values = {}, errors, perIncident, onPerIncidentChange, idPrefix,
}: {
  kind: TConnectionKind;
  values?: Record<string, unknown>;
  errors: Record<string, string | undefined>;
  perIncident: boolean;
  onPerIncidentChange: (value: boolean) => void;
  idPrefix: string;
}) {
  const meta = KINDS.find((k) => k.kind === kind)!;
  const errorOf = (field: string) => errors[`config.${field}`];
  const text = (field: string) => (typeof values[field] === "string" ? (values[field] as string) : "");
  const setPerIncident = onPerIncidentChange;
  return (
    <>
      {kind === "slack" ? (
        <>
          <div className="text-sm text-slate-800 sm:col-span-2">
            <label className="flex items-start gap-2 font-semibold">
              <input type="checkbox" name="channelPerIncident" className="mt-0.5 size-4" checked={perIncident} onChange={(e) => setPerIncident(e.target.checked)} aria-describedby={`${idPrefix}-per-incident-hint`} />
              Open a channel for each incident
            </label>
            <p id={`${idPrefix}-per-incident-hint`} className="ml-6 text-slate-600">
              Called after the incident&apos;s reference (breach-inc-0042), with the incident&apos;s people invited by e-mail; private for a need-to-know incident. Needs the channels:manage, groups:write and users:read.email scopes.
            </p>
          </div>
          <Field
            label={perIncident ? "Channel id (optional)" : "Channel id"}
            error={errorOf("channel")}
            hint={perIncident ? "Where new incidents are announced, if anywhere: C0123456789. Invite the app to it." : "C0123456789: in Slack, the channel's details, at the bottom. Invite the app to it."}
          >
            {(ids) => <TextInput ids={ids} name="channel" defaultValue={text("channel")} autoComplete="off" required={!perIncident} />}
          </Field>
          {perIncident ? (
            <Field label="Channel name prefix" error={errorOf("channelPrefix")} hint="breach- when empty: lower-case letters, digits, - and _.">
              {(ids) => <TextInput ids={ids} name="channelPrefix" defaultValue={text("channelPrefix")} autoComplete="off" />}
            </Field>
          ) : null}
        </>
      ) : null}
      {kind === "pagerduty" ? (
        <Field label="Page from severity" error={errorOf("severityFloor")} hint="Incidents at this severity or above page the on-call.">
          {(ids) => (
            <Select ids={ids} name="severityFloor" defaultValue={text("severityFloor") || "high"}>
              {["low", "medium", "high", "critical"].map((s) => <option key={s} value={s}>{s}</option>)}
            </Select>
          )}
        </Field>
      ) : null}
      {kind !== "teams" ? (
        <Field label={meta.baseUrlRequired ? "Base URL" : "Base URL (optional)"} error={errorOf("baseUrl")} hint={meta.baseUrlHint}>
          {(ids) => <TextInput key={kind} ids={ids} name="baseUrl" defaultValue={text("baseUrl")} type="url" autoComplete="off" required={meta.baseUrlRequired} />}
        </Field>
      ) : null}
      {kind === "jira" ? (
        <>
          <Field label="Account e-mail" error={errorOf("email")} hint="The Jira account the API token belongs to.">
            {(ids) => <TextInput ids={ids} name="email" defaultValue={text("email")} type="email" autoComplete="off" />}
          </Field>
          <Field label="Project key" error={errorOf("projectKey")} hint="Capital letters, for example SEC.">
            {(ids) => <TextInput ids={ids} name="projectKey" defaultValue={text("projectKey")} autoComplete="off" required />}
          </Field>
          <Field label="Issue type" error={errorOf("issueType")} hint="Task when empty.">
            {(ids) => <TextInput ids={ids} name="issueType" defaultValue={text("issueType")} autoComplete="off" />}
          </Field>
        </>
      ) : null}
      {kind === "servicenow" ? (
        <>
          <Field label="Username" error={errorOf("username")}>
            {(ids) => <TextInput ids={ids} name="username" defaultValue={text("username")} autoComplete="off" required />}
          </Field>
          <Field label="Table" error={errorOf("table")} hint="Security Incident Response's table, or the plain incident table.">
            {(ids) => (
              <Select ids={ids} name="table" defaultValue={text("table") || "sn_si_incident"}>
                {SERVICENOW_TABLES.map((t) => <option key={t} value={t}>{t}</option>)}
              </Select>
            )}
          </Field>
        </>
      ) : null}
    </>
  );
}
