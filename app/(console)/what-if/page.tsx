import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WhatIfForm } from "@/components/clocks/what-if-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";

export const metadata: Metadata = { title: "What-if: notification clocks" };

export default async function WhatIfPage() {
  const actor = await requireActor();
  if (!can(actor, "clocks.read")) notFound();
  return (
    <>
      <PageHeader
        title="What-if: notification clocks"
        description="Enter hypothetical facts and see which notification obligations they trigger and when each is due. Nothing is saved and no incident is created."
      />
      <WhatIfForm />
    </>
  );
}
