"use client";

import { useRef, type FormEvent } from "react";
import { RoleCheckboxes } from "@/components/admin/role-checkboxes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import type { TCreateUserInput } from "@/lib/users/schemas";

export function CreateUserForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = useApiMutation({
    mutationFn: (input: TCreateUserInput) => apiFetch<{ user: { name: string } }>(routes.users(), { method: "POST", body: input }),
    onSuccess: () => formRef.current?.reset(),
  });
  const errors = mutation.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    mutation.mutate({
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      roles: form.getAll("roles").map(String) as TCreateUserInput["roles"],
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6" noValidate aria-labelledby="create-user">
      <h2 id="create-user" className="text-lg font-bold">Add a user</h2>
      {mutation.error ? <Alert tone="error" title="The user was not created">{mutation.error.message}</Alert> : null}
      {mutation.isSuccess ? <Alert tone="success" title={`${mutation.data.user.name} can now sign in`} /> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Name" error={errors.name}>{(ids) => <TextInput ids={ids} name="name" autoComplete="off" required />}</Field>
        <Field label="E-mail" error={errors.email}>{(ids) => <TextInput ids={ids} name="email" type="email" autoComplete="off" required />}</Field>
      </div>
      <Field label="Initial password" error={errors.password} hint={`At least ${PASSWORD_MIN_LENGTH} characters. Share it with the user over a safe channel.`}>
        {(ids) => <TextInput ids={ids} name="password" type="password" autoComplete="new-password" required />}
      </Field>
      <RoleCheckboxes legend="Roles" name="roles" error={errors.roles} />
      <div><Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Adding…" : "Add user"}</Button></div>
    </form>
  );
}
