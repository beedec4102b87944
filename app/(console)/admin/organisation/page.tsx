import type { Metadata } from "next";
import { DataStores } from "@/components/incident-facts/data-stores";
import { OrganisationForm } from "@/components/incident-facts/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { assertCan } from "@/lib/auth/assert";
import { getOrganisationProfile } from "@/lib/organisation/profile";
import { listDataStores } from "@/lib/data-stores/service";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganisationPage() {
  const actor = await requireActor();
  assertCan(actor, "organisation.manage");
  const [{ profile, reminderPoints, containmentTargetHours }, stores] = await Promise.all([getOrganisationProfile(actor), listDataStores(actor)]);
  return (
    <>
      <PageHeader title="Organisation" description="The profile the notification clocks read, the reminder points, the containment target, and the data inventory." />
      <OrganisationForm profile={profile} reminderPoints={reminderPoints} containmentTargetHours={containmentTargetHours} />
      <DataStores stores={stores.map((s) => ({ ...s, residency: s.residency as { jurisdiction: string; count: number | null }[] }))} />
    </>
  );
}
