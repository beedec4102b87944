import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SetupForm } from "@/components/auth/setup-form";
import { isSetupComplete } from "@/lib/setup/service";

export const metadata: Metadata = { title: "First-run setup" };
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if (await isSetupComplete()) notFound();
  return (
    <AuthCard
      title="Create the first administrator"
      intro="This console has no users yet. The administrator you create here manages users, roles and API tokens. This page disappears once it is done."
    >
      <SetupForm />
    </AuthCard>
  );
}
