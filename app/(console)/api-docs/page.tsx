import type { Metadata } from "next";
import { ApiReference } from "@/components/api-docs/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { apiDocument } from "@/lib/api-docs/document";
import { API_BASE_PATH } from "@/lib/api-docs/openapi";

export const metadata: Metadata = { title: "API" };

/** Any signed-in user may read it (as GET /api/v1/openapi.json): the console layout has already required a sign-in. */
export default function ApiDocsPage() {
  const document = apiDocument();
  const operations = Object.values(document.paths).reduce((count, methods) => count + Object.keys(methods).length, 0);
  return (
    <>
      <PageHeader
        title="API"
        description={`The ${operations} operations of the HTTP API, generated from the routes themselves, so it is always current.`}
      />
      <div className="mb-8 flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-slate-800">
        <p>
          Base URL: <code className="font-mono">{API_BASE_PATH}</code> on this console. Authenticate with{" "}
          <code className="font-mono">Authorization: Bearer bd_…</code> (an API token, created by an administrator) or from a
          signed-in browser session. Errors are <code className="font-mono">application/problem+json</code>; a 400 names each
          offending field in <code className="font-mono">invalid_params</code>.
        </p>
        <p>
          The machine-readable OpenAPI 3.1 document:{" "}
          <a href={`${API_BASE_PATH}/openapi.json`} className="text-blue-800 underline">
            {API_BASE_PATH}/openapi.json
          </a>
          .
        </p>
      </div>
      <ApiReference document={document} />
    </>
  );
}
