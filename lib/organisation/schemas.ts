import { z } from "zod";
import { BOOLEAN_FLAGS, SECTORS } from "@/lib/clocks/types";
import { ZJurisdiction, ZReason } from "@/lib/incident-facts/schemas";
import { CONTAINMENT_TARGET_HOURS_MAX, CONTAINMENT_TARGET_HOURS_MIN } from "@/lib/containment/containment-clock";
import { REMINDER_POINT } from "@/lib/reminder-schedule/points";

/** The organisation profile (the clock-engine contract's `organisation`) and the reminder points, set by administrators. */

export const HIPAA_VALUES = ["none", "covered_entity", "business_associate"] as const;
export const NIS2_VALUES = ["none", "essential", "important"] as const;

export const ZOrganisationProfile = z
  .object({
    name: z.string().trim().max(200).optional(),
    timeZone: z.string({ error: "is required" }).trim().min(1, { error: "is required" }),
    establishments: z.array(ZJurisdiction).transform((list) => [...new Set(list)]),
    leadAuthorityCountry: z.string().regex(/^[A-Z]{2}$/, { error: "must be an EU/EEA country code" }).nullable().optional(),
    dataRole: z.enum(["controller", "processor"], { error: "must be controller or processor" }),
    flags: z
      .object({
        hipaa: z.enum(HIPAA_VALUES).optional(),
        nis2Entity: z.enum(NIS2_VALUES).optional(),
        ...Object.fromEntries(BOOLEAN_FLAGS.map((flag) => [flag, z.boolean().optional()])),
      })
      .strict(),
    /** Sector memberships per US jurisdiction (clock-engine extension; lib/clocks/NOTES.md). */
    sectors: z
      .array(
        z
          .object({
            sector: z.enum(SECTORS, { error: "must be a sector of the catalog" }),
            jurisdiction: ZJurisdiction.refine((v) => v.startsWith("US-"), { error: "must be a US state, DC or territory (US-XX)" }),
            home: z.boolean().optional(),
          })
          .strict(),
      )
      .max(500)
      .optional(),
    employees: z.number().int().min(0).nullable().optional(),
  })
  .strict();
export type TOrganisationProfile = z.output<typeof ZOrganisationProfile>;


export const ZSaveOrganisationInput = z
  .object({
    profile: ZOrganisationProfile,
    reminderPoints: z
      .array(z.string().trim().regex(REMINDER_POINT, { error: "must be like 50% (of the time gone) or 1h / 30m (before the deadline)" }))
      .max(10)
      .transform((list) => [...new Set(list)])
      .optional(),
    /** The containment clock's target: hours from declaration to the last containment action's success. */
    containmentTargetHours: z
      .number({ error: "must be a whole number of hours" })
      .int({ error: "must be a whole number of hours" })
      .min(CONTAINMENT_TARGET_HOURS_MIN, { error: `must be at least ${CONTAINMENT_TARGET_HOURS_MIN} hour` })
      .max(CONTAINMENT_TARGET_HOURS_MAX, { error: `must be at most ${CONTAINMENT_TARGET_HOURS_MAX} hours (30 days)` })
      .optional(),
    reason: ZReason,
  })
  .strict();
export type TSaveOrganisationInput = z.input<typeof ZSaveOrganisationInput>;
