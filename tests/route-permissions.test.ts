import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { POLICY } from "@/lib/auth/policy";

const APP_DIR = path.resolve(__dirname, "..", "app");
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Route files allowed to export handlers without withRoute, each with the reason. */
const EXCEPTIONS: Record<string, string> = {
  "api/auth/[...nextauth]/route.ts": "the next-auth sign-in endpoint authenticates the caller itself",
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js|mjs)$/.test(name) ? [full] : [];
  });
}

type TExportedHandler = { method: string; permission: string | null; problem?: string };

/** Finds every exported HTTP method and the permission literal passed to withRoute, if any. */
function exportedHandlers(file: string): TExportedHandler[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const handlers: TExportedHandler[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isVariableStatement(statement) && exported) {
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText(source);
        if (!HTTP_METHODS.has(name)) continue;
        handlers.push({ method: name, permission: withRoutePermission(declaration.initializer, source) });
      }
    } else if (ts.isFunctionDeclaration(statement) && exported && statement.name && HTTP_METHODS.has(statement.name.text)) {
      handlers.push({ method: statement.name.text, permission: null, problem: "exported as a plain function" });
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        if (HTTP_METHODS.has(element.name.text)) {
          handlers.push({ method: element.name.text, permission: null, problem: "re-exported, not built by withRoute here" });
        }
      }
    }
  }
  return handlers;
}

function withRoutePermission(initializer: ts.Expression | undefined, source: ts.SourceFile): string | null {
  if (!initializer || !ts.isCallExpression(initializer) || initializer.expression.getText(source) !== "withRoute") return null;
  const config = initializer.arguments[0];
  if (!config || !ts.isObjectLiteralExpression(config)) return null;
  for (const property of config.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText(source) === "permission") {
      return ts.isStringLiteral(property.initializer) ? property.initializer.text : null;
    }
  }
  return null;
}

describe("every route handler is authorized through withRoute and the policy module", () => {
  const files = routeFiles(APP_DIR);

  it("finds the route files", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    const relative = path.relative(APP_DIR, file).split(path.sep).join("/");
    it(`${relative}`, () => {
      const handlers = exportedHandlers(file);
      expect(handlers.length, "a route file must export at least one HTTP method").toBeGreaterThan(0);
      if (EXCEPTIONS[relative]) return;
      for (const handler of handlers) {
        expect(handler.problem ?? null, `${handler.method} must be \`export const ${handler.method} = withRoute({ permission: "…" })\``).toBeNull();
        expect(handler.permission, `${handler.method} must be built by withRoute with a literal permission`).not.toBeNull();
        expect(Object.keys(POLICY), `${handler.method}'s permission must be an action in lib/auth/policy.ts`).toContain(handler.permission);
      }
    });
  }

  it("the checker itself catches an unwrapped handler", () => {
    const dir = path.join(__dirname, "fixtures", "unwrapped-route");
    const handlers = exportedHandlers(path.join(dir, "route.ts"));
    expect(handlers).toEqual([
      { method: "GET", permission: null },
      { method: "POST", permission: null, problem: "exported as a plain function" },
      { method: "DELETE", permission: "incident.read" },
    ]);
  });
});
