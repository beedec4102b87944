import type { Metadata } from "next";
import { DataStores } from "@/components/incident-facts/data-stores";
import { InventoryDiscovery, TagMapping } from "@/components/incident-facts/inventory-discovery";
import { OrganisationForm } from "@/components/incident-facts/organisation-form";
import { ReevaluationProgress } from "@/components/incident-facts/reevaluation-progress";
import { latestReevaluation } from "@/lib/register-reevaluation/progress";
import { EvidenceRetentionForm } from "@/components/evidence/retention-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { assertCan } from "@/lib/auth/assert";
import { getOrganisationProfile } from "@/lib/organisation/profile";
import { listDataStores } from "@/lib/data-stores/service";
import { can } from "@/lib/auth/policy";
import { inventoryOverview } from "@/lib/inventory/read";
import { listTagRules } from "@/lib/inventory/tag-rules";
import { getEvidenceRetention } from "@/lib/evidence/retention-policy";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganisationPage() {
  const actor = await requireActor();
  assertCan(actor, "organisation.manage");
  const [{ profile, reminderPoints, containmentTargetHours }, stores, inventory, tagRules, retention, reevaluation] = await Promise.all([
    getOrganisationProfile(actor), listDataStores(actor), inventoryOverview(actor), listTagRules(actor), getEvidenceRetention(actor), latestReevaluation(actor),
  ]);
  const canManage = can(actor, "datastore.manage");
  return (
    <>
      <PageHeader title="Organisation" description="The profile the notification clocks read, the reminder points, the containment target, evidence retention, and the data inventory." />
      <OrganisationForm profile={profile} reminderPoints={reminderPoints} containmentTargetHours={containmentTargetHours} />
      <ReevaluationProgress initial={reevaluation} />
      <EvidenceRetentionForm retention={retention.retention} store={retention.store} enforced={retention.enforced} />
      <DataStores stores={stores.map((s) => ({ ...s, residency: s.residency as { jurisdiction: string; count: number | null }[], tags: s.tags as Record<string, string> }))} />
      <InventoryDiscovery lastRun={inventory.lastRun} changes={inventory.changes} canManage={canManage} />
      <TagMapping rules={tagRules} canManage={canManage} />
    </>
  );
}
