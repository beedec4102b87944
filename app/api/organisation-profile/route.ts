import { withRoute } from "@/lib/http/with-route";
import { ZSaveOrganisationInput } from "@/lib/incident-facts/schemas";
import { getOrganisationProfile, saveOrganisationProfile } from "@/lib/incident-facts/service";

export const GET = withRoute({
  permission: "organisation.read",
  schemas: {},
  handler: async ({ actor }) => await getOrganisationProfile(actor),
});

/** Saves the profile (and reminder points); every open incident's register is re-evaluated. */
export const PUT = withRoute({
  permission: "organisation.manage",
  schemas: { body: ZSaveOrganisationInput },
  handler: async ({ actor, body }) => await saveOrganisationProfile(actor, body),
});
