"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { SIGN_IN_REFUSED } from "@/lib/auth/sign-in-refusal";

const ERROR_MESSAGES: Record<string, string> = {
  CredentialsSignin: SIGN_IN_REFUSED,
  AccessDenied: "This account cannot sign in. It may have been deactivated: ask an administrator.",
  SessionRequired: "Sign in to continue.",
};

export function SignInForm({ sso, initialError }: { sso: { name: string } | null; initialError?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(
    initialError ? (ERROR_MESSAGES[initialError] ?? "Sign-in failed. Try again.") : null,
  );
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    }).catch(() => null);
    setPending(false);
    if (!result || result.error || !result.ok) {
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : ERROR_MESSAGES.CredentialsSignin!);
      return;
    }
    router.replace("/incidents");
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-6">
      {error ? <Alert tone="error" title="Could not sign in">{error}</Alert> : null}
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        <Field label="E-mail">
          {(ids) => <TextInput ids={ids} name="email" type="email" autoComplete="username" required autoFocus />}
        </Field>
        <Field label="Password">
          {(ids) => <TextInput ids={ids} name="password" type="password" autoComplete="current-password" required />}
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {sso ? (
        <div className="border-t border-slate-200 pt-4">
          <Button variant="secondary" className="w-full" onClick={() => void signIn("oidc", { callbackUrl: "/incidents" })}>
            Sign in with {sso.name}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
