import { withRoute } from "@/lib/http/with-route";
import { ZSaveOrganisationInput } from "@/lib/organisation/schemas";
import { getOrganisationProfile, saveOrganisationProfile } from "@/lib/organisation/profile";

export const GET = withRoute({
  permission: "organisation.read",
  summary: "Read the organisation profile",
  schemas: {},
  handler: async ({ actor }) => await getOrganisationProfile(actor),
});

/** Saves the profile (and reminder points); every open incident's register is re-evaluated in the background (progress: GET …/reevaluation). */
export const PUT = withRoute({
  permission: "organisation.manage",
  summary: "Save the organisation profile",
  schemas: { body: ZSaveOrganisationInput },
  handler: async ({ actor, body }) => await saveOrganisationProfile(actor, body),
});
