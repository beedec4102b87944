import * as INTERNATIONAL from "@/lib/clocks/catalog/international";
import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import * as US_FEDERAL from "@/lib/clocks/catalog/us-federal";
import * as AZ from "@/lib/clocks/catalog/us-states/az";
import * as CA from "@/lib/clocks/catalog/us-states/ca";
import * as CO from "@/lib/clocks/catalog/us-states/co";
import * as CT from "@/lib/clocks/catalog/us-states/ct";
import * as DE from "@/lib/clocks/catalog/us-states/de";
import * as FL from "@/lib/clocks/catalog/us-states/fl";
import * as MA from "@/lib/clocks/catalog/us-states/ma";
import * as MD from "@/lib/clocks/catalog/us-states/md";
import * as ME from "@/lib/clocks/catalog/us-states/me";
import * as NY from "@/lib/clocks/catalog/us-states/ny";
import * as OR from "@/lib/clocks/catalog/us-states/or";
import * as TX from "@/lib/clocks/catalog/us-states/tx";
import * as VT from "@/lib/clocks/catalog/us-states/vt";
import * as WA from "@/lib/clocks/catalog/us-states/wa";
import * as NM from "@/lib/clocks/catalog/us-states/nm";
import * as NC from "@/lib/clocks/catalog/us-states/nc";
import * as ND from "@/lib/clocks/catalog/us-states/nd";
import * as OH from "@/lib/clocks/catalog/us-states/oh";
import * as OK from "@/lib/clocks/catalog/us-states/ok";
import * as PA from "@/lib/clocks/catalog/us-states/pa";
import * as RI from "@/lib/clocks/catalog/us-states/ri";
import * as SC from "@/lib/clocks/catalog/us-states/sc";
import * as SD from "@/lib/clocks/catalog/us-states/sd";
import * as TN from "@/lib/clocks/catalog/us-states/tn";
import * as UT from "@/lib/clocks/catalog/us-states/ut";
import * as VA from "@/lib/clocks/catalog/us-states/va";
import * as WV from "@/lib/clocks/catalog/us-states/wv";
import * as WI from "@/lib/clocks/catalog/us-states/wi";
import * as WY from "@/lib/clocks/catalog/us-states/wy";
import * as DC from "@/lib/clocks/catalog/us-states/dc";
import * as PR from "@/lib/clocks/catalog/us-states/pr";
import * as GU from "@/lib/clocks/catalog/us-states/gu";
import * as HI from "@/lib/clocks/catalog/us-states/hi";
import * as VI from "@/lib/clocks/catalog/us-states/vi";
import * as AL from "@/lib/clocks/catalog/us-states/al";
import * as AK from "@/lib/clocks/catalog/us-states/ak";
import * as AR from "@/lib/clocks/catalog/us-states/ar";
import * as GA from "@/lib/clocks/catalog/us-states/ga";
import * as ID from "@/lib/clocks/catalog/us-states/id";
import * as IL from "@/lib/clocks/catalog/us-states/il";
import * as IN from "@/lib/clocks/catalog/us-states/in";
import * as IA from "@/lib/clocks/catalog/us-states/ia";
import * as KS from "@/lib/clocks/catalog/us-states/ks";
import * as KY from "@/lib/clocks/catalog/us-states/ky";
import * as LA from "@/lib/clocks/catalog/us-states/la";
import * as MI from "@/lib/clocks/catalog/us-states/mi";
import * as MN from "@/lib/clocks/catalog/us-states/mn";
import * as MS from "@/lib/clocks/catalog/us-states/ms";
import * as MO from "@/lib/clocks/catalog/us-states/mo";
import * as MT from "@/lib/clocks/catalog/us-states/mt";
import * as NE from "@/lib/clocks/catalog/us-states/ne";
import * as NV from "@/lib/clocks/catalog/us-states/nv";
import * as NH from "@/lib/clocks/catalog/us-states/nh";
import * as NJ from "@/lib/clocks/catalog/us-states/nj";

/**
 * The rule catalog as typed data: the rows of the jurisdiction reference (compiled 2026-11-22; every US state,
 * DC and territory 2026-12-02), one file per region, each row citing its statute. A state file exports its `RULE_IDS`, its personal-information
 * definition `PI` and its `RULES`; adding a state is one import line and one entry in STATE_FILES.
 */
export const CATALOG_VERSION = "2026-12-02.3";

const STATE_FILES = [
  CA, NY, TX, FL, CO, WA, MA, AZ, CT, DE, ME, OR, VT, MD,
  AL, AK, AR, GA, ID, IL, IN, IA, KS, KY, LA, MI, MN, MS, MO, MT, NE, NV, NH, NJ,
  NM, NC, ND, OH, OK, PA, RI, SC, SD, TN, UT, VA, WV, WI, WY, DC, PR, GU, VI,
  HI,
] as const satisfies readonly { RULE_IDS: readonly string[]; RULES: readonly TRule[]; PI: TStatePi }[];

const FILES = [INTERNATIONAL, US_FEDERAL, ...STATE_FILES] as const;

/** Every rule id of the catalog: the union of each file's ids. */
export type TCatalogRuleId = (typeof FILES)[number]["RULE_IDS"][number];
export const RULE_IDS: readonly TCatalogRuleId[] = FILES.flatMap((file) => file.RULE_IDS);

/** Dependent rows (K5) follow their upstream row within each file, so this order is also the evaluation order. */
export const CATALOG: readonly TRule[] = FILES.flatMap((file) => file.RULES);

export const RULES_BY_ID: ReadonlyMap<TCatalogRuleId, TRule> = new Map(CATALOG.map((rule) => [rule.id, rule]));

export type * from "@/lib/clocks/catalog/model";
export { US_STATE_CODES } from "@/lib/clocks/catalog/model";
