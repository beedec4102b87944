/**
 * `npm run import -- <file> [<file>…]`: imports findings files (ASFF array, {"Findings": [...]}, EventBridge
 * events, native GuardDuty findings, or NDJSON of any of these) through the same upsert as every other path.
 * Prints each rejected finding with its reasons on stderr and, as the last stdout line, a JSON summary.
 * Exit code: 0 when nothing was rejected, 1 when some findings or lines were rejected, 2 on usage errors.
 */
import { connectScriptDatabase, runScript } from "./lib/database";

async function main(): Promise<number> {
  const files = process.argv.slice(2).filter((arg) => arg !== "--");
  if (files.length === 0 || files.some((f) => f.startsWith("-"))) {
    console.error("Usage: npm run import -- <file> [<file>…]");
    return 2;
  }
  const disconnect = await connectScriptDatabase();
  try {
    const { importFile } = await import("../lib/findings/import-file");
    const summary: Record<string, unknown>[] = [];
    let failed = false;
    for (const file of files) {
      const result = await importFile(file, { via: "import-cli", actor: { kind: "system", name: "File import (command line)" } });
      for (const r of result.rejections) {
        console.error(`${file}: finding #${r.index + 1}${r.key ? ` (${r.key})` : ""} rejected: ${r.reasons.map((x) => `${x.name} ${x.reason}`).join("; ")}`);
      }
      for (const p of result.problems) console.error(`${file}: line ${p.line}: ${p.reason}`);
      failed ||= result.rejected > 0 || result.problems.length > 0;
      summary.push({ file, received: result.received, inserted: result.inserted, updated: result.updated, unchanged: result.unchanged, rejected: result.rejected, problems: result.problems.length });
    }
    const total = (k: string) => summary.reduce((sum, s) => sum + (s[k] as number), 0);
    console.log(
      JSON.stringify({
        received: total("received"),
        inserted: total("inserted"),
        updated: total("updated"),
        unchanged: total("unchanged"),
        rejected: total("rejected"),
        files: summary,
      }),
    );
    return failed ? 1 : 0;
  } finally {
    await disconnect();
  }
}

runScript(main);
