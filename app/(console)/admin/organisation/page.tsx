import type { Metadata } from "next";
import { DataStores } from "@/components/incident-facts/data-stores";
import { InventoryDiscovery, TagMapping } from "@/components/incident-facts/inventory-discovery";
import { OrganisationForm } from "@/components/incident-facts/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { assertCan } from "@/lib/auth/assert";
import { getOrganisationProfile } from "@/lib/organisation/profile";
import { listDataStores } from "@/lib/data-stores/service";
import { can } from "@/lib/auth/policy";
import { inventoryOverview } from "@/lib/inventory/read";
import { listTagRules } from "@/lib/inventory/tag-rules";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganisationPage() {
  const actor = await requireActor();
  assertCan(actor, "organisation.manage");
  const [{ profile, reminderPoints, containmentTargetHours }, stores, inventory, tagRules] = await Promise.all([
    getOrganisationProfile(actor), listDataStores(actor), inventoryOverview(actor), listTagRules(actor),
  ]);
  const canManage = can(actor, "datastore.manage");
  return (
    <>
      <PageHeader title="Organisation" description="The profile the notification clocks read, the reminder points, the containment target, and the data inventory." />
      <OrganisationForm profile={profile} reminderPoints={reminderPoints} containmentTargetHours={containmentTargetHours} />
      <DataStores stores={stores.map((s) => ({ ...s, residency: s.residency as { jurisdiction: string; count: number | null }[], tags: s.tags as Record<string, string> }))} />
      <InventoryDiscovery lastRun={inventory.lastRun} changes={inventory.changes} canManage={canManage} />
      <TagMapping rules={tagRules} canManage={canManage} />
    </>
  );
}
