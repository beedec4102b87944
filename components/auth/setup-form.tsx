"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import type { TFirstAdminInput } from "@/lib/users/schemas";

export function SetupForm() {
  const router = useRouter();
  const mutation = useApiMutation({
    mutationFn: async (input: TFirstAdminInput) => {
      await apiFetch(routes.setup(), { method: "POST", body: input });
      const result = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
      if (!result?.ok) router.replace("/signin");
    },
    onSuccess: () => router.replace("/incidents"),
  });
  const fieldErrors = mutation.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    mutation.mutate({
      email: String(form.get("email") ?? ""),
      name: String(form.get("name") ?? ""),
      password: String(form.get("password") ?? ""),
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {mutation.error ? <Alert tone="error" title="Setup failed">{mutation.error.message}</Alert> : null}
      <Field label="Name" error={fieldErrors.name}>
        {(ids) => <TextInput ids={ids} name="name" autoComplete="name" required autoFocus />}
      </Field>
      <Field label="E-mail" error={fieldErrors.email}>
        {(ids) => <TextInput ids={ids} name="email" type="email" autoComplete="username" required />}
      </Field>
      <Field label="Password" error={fieldErrors.password} hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}>
        {(ids) => <TextInput ids={ids} name="password" type="password" autoComplete="new-password" required />}
      </Field>
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? "Creating…" : "Create administrator"}
      </Button>
    </form>
  );
}
