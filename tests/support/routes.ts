/**
 * The route enumeration shared by the tests that must cover every route: every app/**\/route.ts file, parsed with
 * the TypeScript compiler for its exported HTTP methods and the permission literal each passes to withRoute.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const APP_DIR = path.resolve(__dirname, "..", "..", "app");
export const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Route files allowed to export handlers without withRoute, each with the reason. */
export const EXCEPTIONS: Record<string, string> = {
  "api/auth/[...nextauth]/route.ts": "the next-auth sign-in endpoint authenticates the caller itself",
};

export function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js|mjs)$/.test(name) ? [full] : [];
  });
}

export type TExportedHandler = { method: string; permission: string | null; problem?: string };

/** Finds every exported HTTP method and the permission literal passed to withRoute, if any. */
export function exportedHandlers(file: string): TExportedHandler[] {
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

/** A route file's path under app/, with forward slashes (e.g. "api/incidents/[id]/notes/route.ts"). */
export function relativeRoute(file: string): string {
  return path.relative(APP_DIR, file).split(path.sep).join("/");
}
