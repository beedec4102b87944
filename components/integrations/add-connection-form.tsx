"use client";

import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import type { TConnectionKind } from "@/lib/integration-admin/schemas";
import { SERVICENOW_TABLES } from "@/lib/integrations/servicenow-tables";

type TKindForm = { kind: TConnectionKind; label: string; secret: string; secretHint: string; inbound?: string; baseUrlRequired?: boolean; baseUrlHint?: string };

const KINDS: TKindForm[] = [
  { kind: "slack", label: "Slack", secret: "Bot token", secretHint: "xoxb-…, from the Slack app's OAuth page (chat:write, users:read.email).", inbound: "Signing secret (optional: for /breachdesk status)", baseUrlHint: "https://slack.com when empty; https://slack-gov.com for GovSlack." },
  { kind: "teams", label: "Microsoft Teams", secret: "Workflows webhook URL", secretHint: "The URL of the channel's “Post to a channel when a webhook request is received” workflow." },
  { kind: "pagerduty", label: "PagerDuty", secret: "Routing key", secretHint: "The Events API v2 integration key of the service to page.", baseUrlHint: "https://events.pagerduty.com when empty; https://events.eu.pagerduty.com for an EU account." },
  { kind: "jira", label: "Jira", secret: "API token", secretHint: "The token of the account named below.", inbound: "Webhook secret (optional: for status changes sent back by Jira)", baseUrlRequired: true, baseUrlHint: "https://your-site.atlassian.net" },
  { kind: "servicenow", label: "ServiceNow", secret: "Password", secretHint: "The password of the integration user named below.", inbound: "Webhook secret (optional: for state changes sent back by ServiceNow)", baseUrlRequired: true, baseUrlHint: "https://your-instance.service-now.com" },
];

/**
 * "Add a connection": the kind's own settings and its secrets, which are write-only (sealed at rest, never shown
 * again). The new connection appears in the table above, where "Send test" checks it.
 */
export function AddConnectionForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<TConnectionKind>("slack");
  const [perIncident, setPerIncident] = useState(false);
  const meta = KINDS.find((k) => k.kind === kind)!;
  const mutation = useApiMutation({
    mutationFn: (input: Record<string, unknown>) => apiFetch<{ connection: { name: string } }>(routes.integrationConnections(), { method: "POST", body: input }),
    onSuccess: () => {
      formRef.current?.reset();
      setPerIncident(false);
    },
  });
  const errors = mutation.fieldErrors;
  const config = (field: string) => errors[`config.${field}`];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    // Empty optional settings are left out, so the server's defaults apply.
    const settings = Object.fromEntries(
      ["baseUrl", "channel", "channelPrefix", "severityFloor", "email", "projectKey", "issueType", "username", "table"].map((name) => [name, text(name)]).filter(([, value]) => value !== ""),
    );
    if (kind === "slack") settings.channelPerIncident = perIncident;
    const inbound = String(form.get("inboundSecret") ?? "");
    mutation.mutate({ kind, name: text("name"), config: settings, secret: String(form.get("secret") ?? ""), ...(meta.inbound && inbound ? { inboundSecret: inbound } : {}) });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="mb-8 flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6" noValidate aria-labelledby="add-connection">
      <h2 id="add-connection" className="text-lg font-bold">Add a connection</h2>
      {mutation.error ? <Alert tone="error" title="The connection was not added">{mutation.error.message}</Alert> : null}
      <div aria-live="polite">
        {mutation.isSuccess ? <Alert tone="success" title={`Connection “${mutation.data.connection.name}” added`}>Use Send test in the table above to check it.</Alert> : null}
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Service" error={errors.kind}>
          {(ids) => (
            <Select ids={ids} value={kind} onChange={(event) => setKind(event.target.value as TConnectionKind)}>
              {KINDS.map((k) => <option key={k.kind} value={k.kind}>{k.label}</option>)}
            </Select>
          )}
        </Field>
        <Field label="Name" error={errors.name} hint="How it is listed, for example: #incident-room.">
          {(ids) => <TextInput ids={ids} name="name" autoComplete="off" required />}
        </Field>
        {kind === "slack" ? (
          <>
            <div className="text-sm text-slate-800 sm:col-span-2">
              <label className="flex items-start gap-2 font-semibold">
                <input type="checkbox" name="channelPerIncident" className="mt-0.5 size-4" checked={perIncident} onChange={(e) => setPerIncident(e.target.checked)} aria-describedby="per-incident-hint" />
                Open a channel for each incident
              </label>
              <p id="per-incident-hint" className="ml-6 text-slate-600">
                Called after the incident&apos;s reference (breach-inc-0042), with the incident&apos;s people invited by e-mail; private for a need-to-know incident. Needs the channels:manage, groups:write and users:read.email scopes.
              </p>
            </div>
            <Field
              label={perIncident ? "Channel id (optional)" : "Channel id"}
              error={config("channel")}
              hint={perIncident ? "Where new incidents are announced, if anywhere: C0123456789. Invite the app to it." : "C0123456789: in Slack, the channel's details, at the bottom. Invite the app to it."}
            >
              {(ids) => <TextInput ids={ids} name="channel" autoComplete="off" required={!perIncident} />}
            </Field>
            {perIncident ? (
              <Field label="Channel name prefix" error={config("channelPrefix")} hint="breach- when empty: lower-case letters, digits, - and _.">
                {(ids) => <TextInput ids={ids} name="channelPrefix" autoComplete="off" />}
              </Field>
            ) : null}
          </>
        ) : null}
        {kind === "pagerduty" ? (
          <Field label="Page from severity" error={config("severityFloor")} hint="Incidents at this severity or above page the on-call.">
            {(ids) => (
              <Select ids={ids} name="severityFloor" defaultValue="high">
                {["low", "medium", "high", "critical"].map((s) => <option key={s} value={s}>{s}</option>)}
              </Select>
            )}
          </Field>
        ) : null}
        {kind !== "teams" ? (
          <Field label={meta.baseUrlRequired ? "Base URL" : "Base URL (optional)"} error={config("baseUrl")} hint={meta.baseUrlHint}>
            {(ids) => <TextInput key={kind} ids={ids} name="baseUrl" type="url" autoComplete="off" required={meta.baseUrlRequired} />}
          </Field>
        ) : null}
        {kind === "jira" ? (
          <>
            <Field label="Account e-mail" error={config("email")} hint="The Jira account the API token belongs to.">
              {(ids) => <TextInput ids={ids} name="email" type="email" autoComplete="off" />}
            </Field>
            <Field label="Project key" error={config("projectKey")} hint="Capital letters, for example SEC.">
              {(ids) => <TextInput ids={ids} name="projectKey" autoComplete="off" required />}
            </Field>
            <Field label="Issue type" error={config("issueType")} hint="Task when empty.">
              {(ids) => <TextInput ids={ids} name="issueType" autoComplete="off" />}
            </Field>
          </>
        ) : null}
        {kind === "servicenow" ? (
          <>
            <Field label="Username" error={config("username")}>
              {(ids) => <TextInput ids={ids} name="username" autoComplete="off" required />}
            </Field>
            <Field label="Table" error={config("table")} hint="Security Incident Response's table, or the plain incident table.">
              {(ids) => (
                <Select ids={ids} name="table" defaultValue="sn_si_incident">
                  {SERVICENOW_TABLES.map((t) => <option key={t} value={t}>{t}</option>)}
                </Select>
              )}
            </Field>
          </>
        ) : null}
        <Field label={meta.secret} error={errors.secret} hint={`${meta.secretHint} Write-only: never shown again.`}>
          {(ids) => <TextInput ids={ids} name="secret" type="password" autoComplete="off" required />}
        </Field>
        {meta.inbound ? (
          <Field label={meta.inbound} error={errors.inboundSecret} hint="At least 16 characters. Write-only.">
            {(ids) => <TextInput ids={ids} name="inboundSecret" type="password" autoComplete="off" />}
          </Field>
        ) : null}
      </div>
      <div><Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Adding…" : "Add connection"}</Button></div>
    </form>
  );
}
