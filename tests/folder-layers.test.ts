import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The folders of lib/ form layers: a folder never imports one that imports it back, however indirectly. A loop means
 * two domains cannot be read, tested or changed apart; this test names the imports that close one.
 */

const LIB = path.join(process.cwd(), "lib");
const IMPORT = /(?:from|import)\s*\(?\s*["']([^"']+)["']/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** lib/<folder>/… → folder; lib/<file>.ts → file (a top-level module is a layer of its own). */
function folderOf(libRelative: string): string {
  const [first, ...rest] = libRelative.split(path.sep);
  return rest.length > 0 ? first! : first!.replace(/\.tsx?$/, "");
}

/** folder → imported folder → the files whose imports make that edge. */
function folderGraph(): Map<string, Map<string, Set<string>>> {
  const graph = new Map<string, Map<string, Set<string>>>();
  for (const file of sourceFiles(LIB)) {
    const from = folderOf(path.relative(LIB, file));
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = specifier!.startsWith("@/lib/") ? path.join(LIB, specifier!.slice("@/lib/".length)) : specifier!.startsWith(".") ? path.resolve(path.dirname(file), specifier!) : null;
      if (!target || !target.startsWith(LIB + path.sep)) continue;
      const to = folderOf(path.relative(LIB, target));
      if (to === from) continue;
      const edges = graph.get(from) ?? new Map<string, Set<string>>();
      graph.set(from, edges.set(to, (edges.get(to) ?? new Set()).add(path.relative(process.cwd(), file))));
    }
  }
  return graph;
}

/** Tarjan's strongly connected components with more than one folder: each is a loop. */
function loops(graph: Map<string, Map<string, Set<string>>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe("lib/ folder layers", () => {
  it("finds a loop when there is one (the check itself works)", () => {
    const graph = new Map([
      ["a", new Map([["b", new Set(["lib/a/x.ts"])]])],
      ["b", new Map([["c", new Set(["lib/b/y.ts"])]])],
      ["c", new Map([["a", new Set(["lib/c/z.ts"])]])],
      ["d", new Map([["a", new Set(["lib/d/w.ts"])]])],
    ]);
    expect(loops(graph)).toEqual([["a", "b", "c"]]);
  });

  it("has no folder that imports a folder importing it back", () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(20);
    const described = loops(graph).map((component) =>
      component
        .flatMap((from) => component.filter((to) => graph.get(from)?.has(to)).map((to) => `${from} -> ${to} (${[...graph.get(from)!.get(to)!].join(", ")})`))
        .join("; "),
    );
    expect(described).toEqual([]);
  });
});
