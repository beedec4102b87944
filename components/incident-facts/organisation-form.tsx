"use client";

import { useState, type FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { REEVALUATION_QUERY_KEY } from "@/components/incident-facts/reevaluation-progress";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { jurisdictionCodeOrText } from "@/components/ui/jurisdiction-input";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch, listFieldError } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { BOOLEAN_FLAGS } from "@/lib/clocks/types";
import { FLAG_LABELS } from "@/lib/incident-facts/schemas";

type TProfile = {
  name?: string;
  timeZone?: string;
  establishments?: string[];
  leadAuthorityCountry?: string | null;
  dataRole?: "controller" | "processor";
  flags?: Record<string, unknown>;
};

/** The organisation profile the clocks read, and the reminder points. Administrators only. */
export function OrganisationForm({ profile, reminderPoints, containmentTargetHours }: { profile: TProfile | null; reminderPoints: string[]; containmentTargetHours: number }) {
  const [name, setName] = useState(profile?.name ?? "");
  const [timeZone, setTimeZone] = useState(profile?.timeZone ?? "");
  const [establishments, setEstablishments] = useState((profile?.establishments ?? []).join(", "));
  const [lead, setLead] = useState(profile?.leadAuthorityCountry ?? "");
  const [dataRole, setDataRole] = useState(profile?.dataRole ?? "controller");
  const [hipaa, setHipaa] = useState(String(profile?.flags?.hipaa ?? "none"));
  const [nis2, setNis2] = useState(String(profile?.flags?.nis2Entity ?? "none"));
  const [flags, setFlags] = useState<Record<string, boolean>>(
    Object.fromEntries(BOOLEAN_FLAGS.map((flag) => [flag, profile?.flags?.[flag] === true])),
  );
  const [points, setPoints] = useState(reminderPoints.join(", "));
  const [targetHours, setTargetHours] = useState(String(containmentTargetHours));
  const [reason, setReason] = useState("");
  const [saved, setSaved] = useState<string | null>(null);

  const queryClient = useQueryClient();
  const list = (text: string) => text.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
  const mutation = useApiMutation({
    mutationFn: () =>
      apiFetch<{ reevaluation: { runId: string; total: number } | null }>(routes.organisationProfile(), {
        method: "PUT",
        body: {
          profile: {
            ...(name.trim() ? { name: name.trim() } : {}),
            timeZone: timeZone.trim(),
            establishments: list(establishments).map(jurisdictionCodeOrText),
            leadAuthorityCountry: lead.trim() ? lead.trim().toUpperCase() : null,
            dataRole,
            flags: { hipaa, nis2Entity: nis2, ...flags },
          },
          reminderPoints: list(points),
          // Text that is not a whole number goes as it is, so the server's 400 names the field and says why.
          containmentTargetHours: /^\d+$/.test(targetHours.trim()) ? Number(targetHours.trim()) : targetHours,
          reason,
        },
      }),
    onSuccess: async (result) => {
      setReason("");
      const run = result.reevaluation;
      setSaved(
        !run
          ? "Saved. Nothing the clocks depend on changed, so no incident needs re-evaluating."
          : run.total === 0
            ? "Saved. There are no open incidents to re-evaluate."
            : `Saved. Re-evaluating ${run.total.toLocaleString("en-US")} open incident${run.total === 1 ? "" : "s"} in the background: progress below.`,
      );
      await queryClient.invalidateQueries({ queryKey: REEVALUATION_QUERY_KEY });
    },
  });
  const errors = mutation.fieldErrors;
  const e = (field: string) => errors[`profile.${field}`];

  function submit(event: FormEvent) {
    setSaved(null);
    mutation.submit(event);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-heading" className="mb-8 flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="profile-heading" className="text-xl font-bold">Organisation profile</h2>
      {!profile ? <Alert tone="info" title="Not set yet">Until it is saved, every incident&apos;s clocks assume UTC and no establishment.</Alert> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Name" error={e("name")}>{(ids) => <TextInput ids={ids} value={name} onChange={(ev) => setName(ev.target.value)} />}</Field>
        <Field label="Time zone" hint="IANA name, e.g. Europe/Berlin or America/New_York." error={e("timeZone")}>
          {(ids) => <TextInput ids={ids} value={timeZone} onChange={(ev) => setTimeZone(ev.target.value)} required />}
        </Field>
        <Field label="Establishments" hint="Comma-separated names or codes: Germany, Ireland, New York (or DE, IE, US-NY)." error={e("establishments") ?? errors["profile.establishments.0"]}>
          {(ids) => <TextInput ids={ids} value={establishments} onChange={(ev) => setEstablishments(ev.target.value)} />}
        </Field>
        <Field label="EU lead authority country" hint="Empty when none." error={e("leadAuthorityCountry")}>
          {(ids) => <TextInput ids={ids} value={lead} onChange={(ev) => setLead(ev.target.value)} />}
        </Field>
        <Field label="Data role" error={e("dataRole")}>
          {(ids) => (
            <Select ids={ids} value={dataRole} onChange={(ev) => setDataRole(ev.target.value as "controller" | "processor")}>
              <option value="controller">Controller (owns or licenses the data)</option>
              <option value="processor">Processor (maintains it for another)</option>
            </Select>
          )}
        </Field>
        <Field label="HIPAA" error={e("flags.hipaa")}>
          {(ids) => (
            <Select ids={ids} value={hipaa} onChange={(ev) => setHipaa(ev.target.value)}>
              <option value="none">Not a HIPAA entity</option>
              <option value="covered_entity">Covered entity</option>
              <option value="business_associate">Business associate</option>
            </Select>
          )}
        </Field>
        <Field label="NIS2 entity" error={e("flags.nis2Entity")}>
          {(ids) => (
            <Select ids={ids} value={nis2} onChange={(ev) => setNis2(ev.target.value)}>
              <option value="none">Not a NIS2 entity</option>
              <option value="essential">Essential entity</option>
              <option value="important">Important entity</option>
            </Select>
          )}
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Sector flags</legend>
        <div className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2">
          {BOOLEAN_FLAGS.map((flag) => (
            <label key={flag} className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" checked={flags[flag]} onChange={(ev) => setFlags({ ...flags, [flag]: ev.target.checked })} />
              {FLAG_LABELS[flag]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Reminder points" hint="Comma-separated: 50% = half of the time gone; 1h or 30m = that long before the deadline." error={listFieldError(errors, "reminderPoints")}>
        {(ids) => <TextInput ids={ids} value={points} onChange={(ev) => setPoints(ev.target.value)} />}
      </Field>
      <Field
        label="Containment target (hours)"
        hint="The containment clock: hours from an incident's declaration to its last containment action's success, 1 to 720. Commonly 4."
        error={errors.containmentTargetHours}
      >
        {(ids) => <TextInput ids={ids} inputMode="numeric" value={targetHours} onChange={(ev) => setTargetHours(ev.target.value)} />}
      </Field>
      <Field label="Why this change" hint="Recorded on the timeline of every open incident whose register changes." error={errors.reason}>
        {(ids) => <TextInput ids={ids} value={reason} onChange={(ev) => setReason(ev.target.value)} required />}
      </Field>
      <div><Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Saving…" : "Save profile"}</Button></div>
      <div aria-live="polite">{saved ? <Alert tone="success" title={saved} /> : null}</div>
      {mutation.error ? <Alert tone="error" title="Not saved">{mutation.error.message}</Alert> : null}
    </form>
  );
}
