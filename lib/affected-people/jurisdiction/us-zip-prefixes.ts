/**
 * Which US state, DC or territory a ZIP code's first three digits (its sectional center) belong to, as the USPS
 * allocates them. Ranges are inclusive; a prefix in no range is unassigned. A few prefixes sit inside another state's
 * block (005 New York in New England, 055 Massachusetts in Vermont's, 201 Virginia among DC's, 569 DC, 733 and 885
 * Texas): they are rows of their own. Unassigned prefixes inside a state's block (a few the USPS skipped) are taken
 * as that state's: no address has them, and the state is still the only reading a typo there allows.
 *
 * Not states: the military "states" AA (340), AE (090–098) and AP (962–966), which say where mail is routed, not
 * where the person lives; and prefix 969, shared by Guam, the Northern Mariana Islands and three countries, which is
 * told apart by the full ZIP code (US_ZIP_969). American Samoa has the single ZIP code 96799 inside Hawaii's 967.
 */
export type TZipPrefixRange = readonly [from: number, to: number, code: string];

/** `code` is a USPS state abbreviation, or AA / AE / AP for military mail. Sorted, never overlapping (tested). */
export const US_ZIP_PREFIXES: readonly TZipPrefixRange[] = [
  [5, 5, "NY"],
  [6, 7, "PR"],
  [8, 8, "VI"],
  [9, 9, "PR"],
  [10, 27, "MA"],
  [28, 29, "RI"],
  [30, 38, "NH"],
  [39, 49, "ME"],
  [50, 54, "VT"],
  [55, 55, "MA"],
  [56, 59, "VT"],
  [60, 69, "CT"],
  [70, 89, "NJ"],
  [90, 98, "AE"],
  [100, 149, "NY"],
  [150, 196, "PA"],
  [197, 199, "DE"],
  [200, 200, "DC"],
  [201, 201, "VA"],
  [202, 205, "DC"],
  [206, 219, "MD"],
  [220, 246, "VA"],
  [247, 268, "WV"],
  [270, 289, "NC"],
  [290, 299, "SC"],
  [300, 319, "GA"],
  [320, 339, "FL"],
  [340, 340, "AA"],
  [341, 349, "FL"],
  [350, 369, "AL"],
  [370, 385, "TN"],
  [386, 397, "MS"],
  [398, 399, "GA"],
  [400, 427, "KY"],
  [430, 459, "OH"],
  [460, 479, "IN"],
  [480, 499, "MI"],
  [500, 528, "IA"],
  [530, 549, "WI"],
  [550, 567, "MN"],
  [569, 569, "DC"],
  [570, 577, "SD"],
  [580, 588, "ND"],
  [590, 599, "MT"],
  [600, 629, "IL"],
  [630, 658, "MO"],
  [660, 679, "KS"],
  [680, 693, "NE"],
  [700, 714, "LA"],
  [716, 729, "AR"],
  [730, 731, "OK"],
  [733, 733, "TX"],
  [734, 749, "OK"],
  [750, 799, "TX"],
  [800, 816, "CO"],
  [820, 831, "WY"],
  [832, 838, "ID"],
  [840, 847, "UT"],
  [850, 865, "AZ"],
  [870, 884, "NM"],
  [885, 885, "TX"],
  [889, 898, "NV"],
  [900, 961, "CA"],
  [962, 966, "AP"],
  [967, 968, "HI"],
  [970, 979, "OR"],
  [980, 994, "WA"],
  [995, 999, "AK"],
];

/** The one prefix that needs all five digits. Ranges of full ZIP codes, inclusive; the rest of 969 is unassigned. */
export const US_ZIP_969: readonly TZipPrefixRange[] = [
  [96910, 96932, "GU"],
  [96939, 96940, "PW"],
  [96941, 96944, "FM"],
  [96950, 96952, "MP"],
  [96960, 96960, "MH"],
  [96970, 96970, "MH"],
];

/** Single ZIP codes that belong elsewhere than their prefix says. */
export const US_ZIP_EXCEPTIONS: Readonly<Record<string, string>> = { "96799": "AS" };
