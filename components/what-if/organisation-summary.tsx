import { jurisdictionName } from "@/lib/clocks/jurisdictions";
import { zoneWords } from "@/lib/obligation-text/in-words";
import { FLAG_LABELS } from "@/lib/incident-facts/schemas";
import { list } from "@/lib/timeline-text/parts";
import type { TWhatIfOrigin } from "@/lib/what-if/facts";

type TOrganisation = {
  name?: unknown;
  timeZone?: unknown;
  establishments?: unknown;
  dataRole?: unknown;
  flags?: Record<string, unknown>;
};

const HIPAA = { covered_entity: "a HIPAA covered entity", business_associate: "a HIPAA business associate" } as Record<string, string>;
const NIS2 = { essential: "a NIS2 essential entity", important: "a NIS2 important entity" } as Record<string, string>;

/** Who the facts are about, in words: the organisation the rules read (its profile, or the example's). */
export function OrganisationSummary({ organisation, origin }: { organisation: TOrganisation; origin: TWhatIfOrigin }) {
  const establishments = Array.isArray(organisation.establishments) ? organisation.establishments.map((code) => jurisdictionName(String(code))) : [];
  const flags = organisation.flags ?? {};
  const is = [
    ...(typeof flags.hipaa === "string" && HIPAA[flags.hipaa] ? [HIPAA[flags.hipaa]!] : []),
    ...(typeof flags.nis2Entity === "string" && NIS2[flags.nis2Entity] ? [NIS2[flags.nis2Entity]!] : []),
    ...Object.entries(FLAG_LABELS).filter(([flag]) => flags[flag] === true).map(([, label]) => label),
  ];
  const source = origin.kind === "example" ? "as the example sets it" : origin.kind === "profile" && origin.missing ? "no profile saved yet: UTC and no establishment assumed" : "from the organisation profile";
  return (
    <div className="rounded-md bg-slate-50 px-4 py-3 text-sm text-slate-800">
      <p>
        <span className="font-semibold">Organisation</span> ({source}): {typeof organisation.name === "string" && organisation.name ? `${organisation.name}, ` : ""}
        {organisation.dataRole === "processor" ? "holds the data for others (processor)" : "owns or controls the data"}; time zone {zoneWords(String(organisation.timeZone ?? "UTC"))};
        {" "}{establishments.length ? `established in ${list(establishments)}` : "no establishment"}
        {is.length ? `; ${list(is)}` : ""}.
      </p>
      <p className="text-slate-600">The organisation is changed by an administrator on the Organisation page, not here.</p>
    </div>
  );
}
