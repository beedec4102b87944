import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { isRole } from "@/lib/auth/roles";
import { listUsers } from "@/lib/users/service";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireActor();
  const users = await listUsers(actor);
  return (
    <>
      <PageHeader title="Users" description="Who can use this console, and in which roles. A user can hold several roles." />
      <DataTable caption="Users" columns={["Name", "E-mail", "Roles", "Status", "Actions"]} density="roomy" className="mb-8">
        {users.map((user) => {
          const roles = user.roles.filter(isRole);
          return (
            <tr key={user.id} className="align-top">
              <td className="font-semibold">{user.name}{user.oidcSubject ? <span className="ml-2 text-xs font-normal text-slate-600">(single sign-on)</span> : null}</td>
              <td className="break-all">{user.email}</td>
              <td>{roles.length ? roles.map((r) => ROLE_LABELS[r]).join(", ") : <em>No role</em>}</td>
              <td>{user.active ? "Active" : "Deactivated"}</td>
              <td><UserRowActions user={{ id: user.id, name: user.name, roles, active: user.active }} isSelf={user.id === actor.id} /></td>
            </tr>
          );
        })}
      </DataTable>
      <CreateUserForm />
    </>
  );
}
