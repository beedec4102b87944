import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
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
      <div className="mb-8 relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Users</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-4 py-3">Name</th>
              <th scope="col" className="px-4 py-3">E-mail</th>
              <th scope="col" className="px-4 py-3">Roles</th>
              <th scope="col" className="px-4 py-3">Status</th>
              <th scope="col" className="px-4 py-3">Actions</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {users.map((user) => {
              const roles = user.roles.filter(isRole);
              return (
                <tr key={user.id} className="align-top">
                  <td className="px-4 py-3 font-semibold">{user.name}{user.oidcSubject ? <span className="ml-2 text-xs font-normal text-slate-600">(single sign-on)</span> : null}</td>
                  <td className="px-4 py-3 break-all">{user.email}</td>
                  <td className="px-4 py-3">{roles.length ? roles.map((r) => ROLE_LABELS[r]).join(", ") : <em>No role</em>}</td>
                  <td className="px-4 py-3">{user.active ? "Active" : "Deactivated"}</td>
                  <td className="px-4 py-3"><UserRowActions user={{ id: user.id, name: user.name, roles, active: user.active }} isSelf={user.id === actor.id} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <CreateUserForm />
    </>
  );
}
