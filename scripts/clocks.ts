import { readFileSync } from "node:fs";
import { evaluateFacts } from "@/lib/clocks";

/**
 * `npm run --silent clocks -- <facts.json>` (path "-" reads stdin): prints one Evaluation as JSON on stdout and exits
 * 0; bad facts print {"error":"invalid_facts","invalid_params":[…]} on stderr and exit 2, with nothing on stdout.
 */
function main(argv: string[]): number {
  const path = argv[0];
  if (!path || argv.length > 1) {
    process.stderr.write(`${JSON.stringify({ error: "usage", message: "npm run --silent clocks -- <facts.json | ->" })}\n`);
    return 64;
  }
  let text: string;
  try {
    text = readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    process.stderr.write(`${JSON.stringify({ error: "unreadable_facts", message: (error as Error).message })}\n`);
    return 66;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    process.stderr.write(
      `${JSON.stringify({ error: "invalid_facts", invalid_params: [{ name: "/", reason: `is not JSON: ${(error as Error).message}` }] })}\n`,
    );
    return 2;
  }
  const result = evaluateFacts(input);
  if (!result.ok) {
    process.stderr.write(`${JSON.stringify({ error: "invalid_facts", invalid_params: result.invalidParams })}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(result.evaluation)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
