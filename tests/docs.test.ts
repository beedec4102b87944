/**
 * The documents stay true about the things a test can check: the commands the README gives exist and do what it says,
 * every setting the code reads is documented once, and every relative link leads to a file (and heading) that exists.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTAINMENT_ACTIONS } from "@/lib/containment/catalog";
import { executionRolePolicyJson } from "@/lib/containment/execution-role-policy";

const root = path.resolve(__dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;

const DOCUMENTS = [
  "README.md",
  "ARCHITECTURE.md",
  "lib/clocks/NOTES.md",
  ...readdirSync(path.join(root, "docs"))
    .filter((file) => file.endsWith(".md"))
    .map((file) => `docs/${file}`),
];

/** The document without its fenced code blocks (links and headings inside them are examples, not the document's). */
const prose = (text: string) => text.replace(/^```[\s\S]*?^```/gm, "");

/** The fenced code blocks of one README section, by its heading. */
function codeBlocksOf(text: string, heading: string): string[] {
  const section = text.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? "";
  return [...section.matchAll(/^```\w*\n([\s\S]*?)^```/gm)].map((match) => match[1]!.trim());
}

describe("README commands", () => {
  const readme = read("README.md");

  it("gives `npm ci && npm start` to run and `npm test` to test, and both are package.json scripts", () => {
    expect(codeBlocksOf(readme, "Run it")).toEqual(["npm ci && npm start"]);
    expect(codeBlocksOf(readme, "Test it")).toEqual(["npm test"]);
    expect(scripts.start).toMatch(/scripts\/start\.ts$/);
    expect(existsSync(path.join(root, "scripts/start.ts"))).toBe(true);
  });

  it("describes the steps of `npm test` in the order package.json runs them", () => {
    const described: Record<string, string> = {
      typecheck: "Type-checking",
      lint: "lint",
      "test:unit": "unit tests",
      "test:integration": "integration tests",
      build: "production build",
      "test:e2e": "end-to-end tests",
    };
    const steps = [...scripts.test!.matchAll(/npm run (\S+)/g)].map((match) => match[1]!);
    const section = readme.split(/^## /m).find((part) => part.startsWith("Test it\n"))!;
    const positions = steps.map((step) => {
      expect(described[step], `README's Test section does not describe the step "${step}" of npm test`).toBeDefined();
      return section.indexOf(described[step]!);
    });
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("names only npm scripts that exist, in every document", () => {
    for (const document of DOCUMENTS) {
      for (const match of read(document).matchAll(/npm run (?:--silent )?([\w:-]+)/g)) {
        expect(scripts[match[1]!], `${document} mentions \`npm run ${match[1]}\``).toBeDefined();
      }
    }
  });
});

describe("README configuration", () => {
  /** Every variable lib/env.ts parses, and those the launcher reads itself. */
  function variablesTheCodeReads(): string[] {
    const schema = read("lib/env.ts").match(/const ZEnvSource = z\s*\.object\(\{([\s\S]*?)\n {2}\}\)/)![1]!;
    const parsed = [...schema.matchAll(/^ {4}([A-Z][A-Z0-9_]+):/gm)].map((match) => match[1]!);
    const launcher = [...read("scripts/start.ts").matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)].map((match) => match[1]!);
    // NODE_ENV is set by Next.js and the tools, never by whoever runs the console.
    return [...new Set([...parsed, ...launcher])].filter((name) => name !== "NODE_ENV").sort();
  }

  it("documents every variable the code reads, exactly once, in the configuration table", () => {
    const table = read("README.md")
      .split("\n")
      .filter((line) => line.startsWith("| `"));
    const documented = table.flatMap((line) => [...line.split("|")[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]!));
    const expected = variablesTheCodeReads();
    expect(expected.length).toBeGreaterThan(15);
    expect([...documented].sort()).toEqual(expected);
  });
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchorsOf(document: string): Set<string> {
  return new Set([...prose(read(document)).matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => slug(match[1]!)));
}

describe("document links", () => {
  it("resolve every relative link to a file in the repository, and every anchor to a heading", () => {
    const broken: string[] = [];
    for (const document of DOCUMENTS) {
      for (const match of prose(read(document)).matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1]!;
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: — not a file
        const [file, anchor] = target.split("#") as [string, string | undefined];
        const resolved = file === "" ? document : path.normalize(path.join(path.dirname(document), file));
        if (resolved.startsWith("..") || path.isAbsolute(resolved) || !existsSync(path.join(root, resolved))) {
          broken.push(`${document}: ${target} (no file ${resolved} in the repository)`);
        } else if (anchor !== undefined && resolved.endsWith(".md") && !anchorsOf(resolved).has(anchor)) {
          broken.push(`${document}: ${target} (no heading #${anchor} in ${resolved})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("finds the links it checks (the README links to every document under docs/)", () => {
    const readme = read("README.md");
    for (const document of DOCUMENTS.filter((file) => file.startsWith("docs/"))) {
      expect(readme, document).toContain(`](${document})`);
    }
  });
});

describe("the containment execution-role policy in docs/operations.md", () => {
  const operations = read("docs/operations.md");
  const section = operations.slice(operations.indexOf("### Containment actions: IAM"), operations.indexOf("### Scoping (CloudTrail access reconstruction): IAM"));

  it("is the policy generated from the catalog, exactly", () => {
    expect(section).toContain("```json\n" + executionRolePolicyJson() + "\n```");
  });

  it("lists every action's exact IAM permissions in its table", () => {
    for (const action of CONTAINMENT_ACTIONS) {
      const row = section.split("\n").find((line) => line.startsWith(`| \`${action.id}\` |`));
      expect(row, action.id).toBeDefined();
      expect([...row!.matchAll(/`([a-z0-9-]+:[A-Za-z0-9]+)`/g)].map((m) => m[1])).toEqual(
        expect.arrayContaining([...action.iamPermissions]),
      );
    }
  });
});
