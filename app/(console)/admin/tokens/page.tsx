import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/admin/create-token-form";
import { RevokeTokenButton } from "@/components/admin/revoke-token-button";
import { DataTable } from "@/components/ui/data-table";
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
        <DataTable caption="API tokens" columns={["Name", "Starts with", "Role", "Created", "Last used", "Status"]} density="roomy" className="mb-8">
          {tokens.map((token) => (
            <tr key={token.id} className="align-top">
              <td className="font-semibold break-words">{token.name}</td>
              <td className="font-mono">{token.prefix}…</td>
              <td>{token.roles.filter(isRole).map((r) => ROLE_LABELS[r]).join(", ")}</td>
              <td><Instant value={token.createdAt} />{token.createdBy ? ` by ${token.createdBy.name}` : ""}</td>
              <td>{token.lastUsedAt ? <Instant value={token.lastUsedAt} /> : "Never"}</td>
              <td>
                {token.revokedAt ? <span>Revoked <Instant value={token.revokedAt} /></span> : <RevokeTokenButton tokenId={token.id} name={token.name} />}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <CreateTokenForm />
    </>
  );
}
