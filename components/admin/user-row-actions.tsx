"use client";

import { useState, type FormEvent } from "react";
import { RoleCheckboxes } from "@/components/admin/role-checkboxes";
import { Button } from "@/components/ui/button";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import type { TRole } from "@/lib/auth/roles";
import type { TUpdateUserInput } from "@/lib/users/schemas";

type TUser = { id: string; name: string; roles: TRole[]; active: boolean };

export function UserRowActions({ user, isSelf }: { user: TUser; isSelf: boolean }) {
  const [editing, setEditing] = useState(false);
  const mutation = useApiMutation({
    mutationFn: (input: TUpdateUserInput) => apiFetch(routes.user(user.id), { method: "PATCH", body: input }),
    onSuccess: () => setEditing(false),
  });
  const errors = mutation.fieldErrors;

  function saveRoles(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.mutate({ roles: new FormData(event.currentTarget).getAll("roles").map(String) as TRole[] });
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
          {editing ? "Cancel" : `Edit roles`}<span className="sr-only"> of {user.name}</span>
        </Button>
        {!isSelf ? (
          <Button
            variant={user.active ? "danger" : "secondary"}
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ active: !user.active })}
          >
            {user.active ? "Deactivate" : "Reactivate"}<span className="sr-only"> {user.name}</span>
          </Button>
        ) : null}
      </div>
      {editing ? (
        <form onSubmit={saveRoles} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3" aria-label={`Roles of ${user.name}`}>
          <RoleCheckboxes legend={`Roles of ${user.name}`} name="roles" defaultRoles={user.roles} error={errors.roles} />
          <div><Button type="submit" disabled={mutation.isPending}>Save roles</Button></div>
        </form>
      ) : null}
      {mutation.error && !errors.roles ? <p role="alert" className="text-sm font-medium text-red-800">{mutation.error.message}</p> : null}
    </div>
  );
}
