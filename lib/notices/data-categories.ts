import type { TDataCategory } from "@/lib/clocks/types";

/**
 * The contract's data categories as a letter to the people affected would name them. Staff screens use the shorter
 * DATA_CATEGORY_LABELS (lib/incident-facts/schemas.ts); a consumer never sees a vocabulary token.
 */
export const PLAIN_DATA_CATEGORIES: Record<TDataCategory, string> = {
  name: "names",
  contact_details: "contact details such as e-mail addresses, phone numbers and postal addresses",
  national_id_number: "Social Security numbers or other national identification numbers",
  government_id_document: "driver's license, state ID card or passport numbers",
  financial_account: "bank account or payment card numbers",
  financial_access_code: "security codes, PINs or passwords that give access to financial accounts",
  financial_other: "other financial information, such as balances, transactions or credit history",
  online_credentials: "usernames or e-mail addresses together with passwords or security questions",
  health: "medical or health insurance information",
  biometric: "biometric data, such as fingerprints or face scans",
  genetic: "genetic data",
  special_category: "sensitive information such as ethnic origin, religious or political beliefs, trade union membership, sexual orientation or criminal records",
  children: "information about children",
  elderly: "information about older people",
  location: "precise location information",
  secrecy_protected: "information protected by legal or professional confidentiality",
  employment: "employment records, such as HR and payroll information",
  behavioural: "purchase or browsing history and preferences",
  other: "other personal information",
};

function plain(category: string): string {
  return Object.hasOwn(PLAIN_DATA_CATEGORIES, category) ? PLAIN_DATA_CATEGORIES[category as TDataCategory] : category.replace(/[_-]+/g, " ").trim();
}

/** "names, contact details such as …, and bank account or payment card numbers"; empty for no category. */
export function describeDataCategories(categories: readonly string[]): string {
  const phrases = [...new Set(categories.map(plain).filter(Boolean))];
  if (phrases.length <= 1) return phrases[0] ?? "";
  if (phrases.length === 2) return `${phrases[0]} and ${phrases[1]}`;
  return `${phrases.slice(0, -1).join("; ")}; and ${phrases.at(-1)}`;
}
