import { anyOf, count, ENC, sector } from "@/lib/clocks/catalog/blocks";
import type { TGate } from "@/lib/clocks/catalog/model";

/**
 * Insurance-regulator rows built on the NAIC Insurance Data Security Model Law (#668) §6: a licensee notifies its
 * state's insurance regulator of a cybersecurity event involving nonpublic information (encrypted data taken without
 * the key is no event) when (a) the state is its home state (insurer's domicile, producer's home state) and material
 * harm to a consumer or to its normal operations is reasonably likely, or (b) nonpublic information of 250 or more
 * consumers residing in the state is involved and either notice to a government body is required or material harm is
 * reasonably likely. The engine has no fact for "notice to a government body is required", so limb (b) counts as met
 * once the consumer threshold is (never silent); NAIC_GOVERNMENT_NOTICE_NOTE tells counsel so on every such row.
 */

export const MATERIAL_HARM: TGate = {
  kind: "harm", need: "risk", onUnknown: "undetermined",
  label: "reasonable likelihood of material harm to a consumer or to the licensee's normal operations",
};

export const NAIC_GOVERNMENT_NOTICE_NOTE =
  "The consumer-count limb also needs a notice duty to a government or supervisory body, or a reasonable likelihood of material harm; the engine cannot know the first and treats the limb as met once the count is reached (counsel to confirm)";

export const INSURANCE_LICENSEE = (state: string): TGate => sector("insurance", `an insurance licensee of ${state}`);

/** NAIC §6(A) conditions for an insurance licensee of `state`; `consumers` is the threshold of limb (b). */
export function naicInsuranceGates(state: string, consumers: { op: ">" | ">="; n: number } = { op: ">=", n: 250 }): TGate[] {
  return [
    INSURANCE_LICENSEE(state),
    ENC,
    anyOf(
      `${state} is the home state and material harm is likely, or ${consumers.op === ">=" ? "at least" : "more than"} ${consumers.n} ${state} consumers are involved`,
      [sector("insurance", `an insurer domiciled in ${state} or a producer whose home state it is`, true), MATERIAL_HARM],
      [count(consumers.op, consumers.n)],
    ),
  ];
}
