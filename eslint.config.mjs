import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".breachdesk/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      // Finding text is attacker-controlled: raw HTML rendering is never allowed.
      "react/no-danger": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: "Read configuration through lib/env.ts." },
      ],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/auth/password-checks.ts", "components/ui/intent-link.tsx", "**/*.test.ts"],
    rules: {
      // Every check of a user's password must be counted and throttled before the hash is verified.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/auth/password"],
              importNames: ["verifyPassword"],
              message: "Check passwords through lib/auth/password-checks.ts (sign-in) or lib/auth/reauth.ts, which throttle every attempt.",
            },
          ],
          paths: [
            {
              name: "next/link",
              message: "Use IntentLink (components/ui/intent-link.tsx): a link prefetches its page on intent, not because it is on screen.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/env.ts", "lib/db/migrate.ts", "lib/db/embedded.ts", "scripts/**", "tests/**", "e2e/**", "playwright.config.ts", "vitest.config.ts", "prisma.config.ts", "next.config.js", "proxy.ts", "**/*.test.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
];

export default config;
