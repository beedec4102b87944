import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/admin/create-token-form";
import { RevokeTokenButton } from "@/components/admin/revoke-token-button";
import { Instant } from "@/components/ui/instant";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { ROLE_LABELS, isRole } from "@/lib/auth/roles";
import { listApiTokens } from "@/lib/tokens/service";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await requireActor();
  const tokens = await listApiTokens(actor);
  return (
    <>
      <PageHeader title="API tokens" description="Tokens let automation call the HTTP API. Only a hash of each token is stored." />
      {tokens.length === 0 ? (
        <p className="mb-8 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">No API tokens yet.</p>
      ) : (
        <div className="mb-8 relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">API tokens</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-4 py-3">Name</th>
                <th scope="col" className="px-4 py-3">Starts with</th>
                <th scope="col" className="px-4 py-3">Role</th>
                <th scope="col" className="px-4 py-3">Created</th>
                <th scope="col" className="px-4 py-3">Last used</th>
                <th scope="col" className="px-4 py-3">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {tokens.map((token) => (
                <tr key={token.id} className="align-top">
                  <td className="px-4 py-3 font-semibold break-words">{token.name}</td>
                  <td className="px-4 py-3 font-mono">{token.prefix}…</td>
                  <td className="px-4 py-3">{token.roles.filter(isRole).map((r) => ROLE_LABELS[r]).join(", ")}</td>
                  <td className="px-4 py-3"><Instant value={token.createdAt} />{token.createdBy ? ` by ${token.createdBy.name}` : ""}</td>
                  <td className="px-4 py-3">{token.lastUsedAt ? <Instant value={token.lastUsedAt} /> : "Never"}</td>
                  <td className="px-4 py-3">
                    {token.revokedAt ? <span>Revoked <Instant value={token.revokedAt} /></span> : <RevokeTokenButton tokenId={token.id} name={token.name} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateTokenForm />
    </>
  );
}
