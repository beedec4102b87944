import { IntentLink } from "@/components/ui/intent-link";
import type { TExecutionProof } from "@/lib/containment/execution-record";

/** Where an execution's full record is in the evidence register, with its SHA-256; until it ends, that it is not yet. */
export function ContainmentProofLine({ incidentId, proof }: { incidentId: string; proof: TExecutionProof | undefined }) {
  if (!proof) return <p className="mt-1 text-sm text-slate-700">Its record goes to the evidence register when it ends.</p>;
  return (
    <p className="mt-1 text-sm" data-testid="containment-proof">
      Record in the{" "}
      <IntentLink href={`/incidents/${incidentId}/evidence`} className="text-blue-800 underline">
        evidence register
      </IntentLink>
      : {proof.name}, SHA-256 <span className="break-all font-mono text-xs">{proof.sha256}</span>
    </p>
  );
}
