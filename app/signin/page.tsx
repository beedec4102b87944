import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { oidcConfigured, oidcDisplayName } from "@/lib/sign-in/auth-options";
import { currentActor } from "@/lib/auth/current-actor";
import { isSetupComplete } from "@/lib/setup/service";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (!(await isSetupComplete())) redirect("/setup");
  if (await currentActor()) redirect("/incidents");
  const { error } = await searchParams;
  return (
    <AuthCard title="Sign in" intro="Incident command console for cloud data-breach response.">
      <SignInForm sso={oidcConfigured() ? { name: oidcDisplayName() } : null} initialError={error} />
    </AuthCard>
  );
}
