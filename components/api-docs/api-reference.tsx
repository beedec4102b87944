import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";
import type { TJsonSchema, TOpenApiDocument, TOperation, TResponse } from "@/lib/api-docs/openapi-types";
import { bodyShapes, describeLimits, describeType, fieldRows, type TFieldRow } from "@/lib/api-docs/schema-summary";

type TEntry = { method: string; path: string; operation: TOperation };

/** The API reference, grouped by tag: each operation with its permission, parameters, body fields and answers. */
export function ApiReference({ document }: { document: TOpenApiDocument }) {
  const groups = new Map<string, TEntry[]>(document.tags.map((tag) => [tag.name, []]));
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const tag of operation.tags) groups.get(tag)?.push({ method: method.toUpperCase(), path, operation });
    }
  }
  return (
    <>
      <nav aria-labelledby="api-groups" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="api-groups" className="mb-2 text-lg font-semibold text-slate-900">Groups</h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {[...groups].map(([tag, entries]) => (
            <li key={tag}>
              <a href={`#api-${tag}`} className="text-blue-800 underline">
                {tag}
              </a>{" "}
              <span className="text-slate-700">({entries.length})</span>
            </li>
          ))}
        </ul>
      </nav>
      {[...groups].map(([tag, entries]) => (
        <section key={tag} aria-labelledby={`api-${tag}`} className="mb-8">
          <h2 id={`api-${tag}`} className="mb-3 text-xl font-semibold text-slate-900">
            {tag}
          </h2>
          <ul className="flex flex-col gap-2">
            {entries.map((entry) => (
              <li key={`${entry.method} ${entry.path}`}>
                <OperationDetails document={document} entry={entry} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function OperationDetails({ document, entry: { method, path, operation } }: { document: TOpenApiDocument; entry: TEntry }) {
  const parameters = operation.parameters;
  const body = operation.requestBody;
  const json = body?.content["application/json"]?.schema;
  return (
    <details className="rounded-lg border border-slate-200 bg-white">
      <summary className="cursor-pointer px-4 py-3">
        <span className="mr-2 inline-block min-w-16 rounded bg-slate-800 px-2 py-0.5 text-center font-mono text-xs font-bold text-white">{method}</span>
        <code className="font-mono text-sm break-all text-slate-900">{path}</code>
        <span className="ml-2 text-slate-700">{operation.summary}</span>
      </summary>
      <div className="flex flex-col gap-4 border-t border-slate-200 px-4 py-3 text-sm">
        <p className="text-slate-800">
          {operation.description} <span className="text-slate-700">Operation id: <code className="font-mono">{operation.operationId}</code>.</span>
        </p>
        {parameters.length > 0 ? (
          <FieldTable
            caption="Parameters"
            location
            rows={parameters.map((parameter) => ({
              name: parameter.name,
              location: parameter.in,
              type: describeType(parameter.schema),
              required: parameter.required,
              notes: describeLimits(parameter.schema),
              description: parameter.description,
            }))}
          />
        ) : null}
        {json ? <BodyTables schema={json} /> : null}
        {body && !json ? (
          <p>
            <span className="font-semibold">Body</span> ({Object.keys(body.content).join(", ")}): {body.description}
          </p>
        ) : null}
        <Responses document={document} responses={operation.responses} />
      </div>
    </details>
  );
}

function BodyTables({ schema }: { schema: TJsonSchema }) {
  const shapes = bodyShapes(schema);
  return shapes.map((shape, index) => {
    const rows = fieldRows(shape);
    const caption = shapes.length > 1 ? `JSON body, shape ${index + 1} of ${shapes.length}` : "JSON body";
    return rows.length > 0 ? (
      <FieldTable key={caption} caption={caption} rows={rows} />
    ) : (
      <p key={caption}>
        <span className="font-semibold">{caption}</span>: {describeType(shape)}.
      </p>
    );
  });
}

function FieldTable({ caption, rows, location = false }: { caption: string; rows: Array<TFieldRow & { location?: string }>; location?: boolean }) {
  return (
    <DataTable caption={caption} captionVisible columns={location ? ["Name", "In", "Type", "Required", "Limits and notes"] : ["Name", "Type", "Required", "Limits and notes"]}>
      {rows.map((row) => (
        <tr key={`${row.location ?? ""}${row.name}`} className="align-top">
          <th scope="row" className="font-mono font-normal break-all">{row.name}</th>
          {location ? <td>{row.location}</td> : null}
          <td className="break-words">{row.type}</td>
          <td>{row.required ? "Yes" : "No"}</td>
          <td className="break-words">{[row.description, row.notes].filter(Boolean).join("; ")}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function Responses({ document, responses }: { document: TOpenApiDocument; responses: Record<string, TResponse> }) {
  const describe = (response: TResponse): ReactNode => {
    if ("$ref" in response) {
      const name = response.$ref.split("/").at(-1) ?? "";
      return `${document.components.responses[name]?.description ?? name} (problem+json)`;
    }
    const types = Object.keys(response.content ?? {});
    return `${response.description}${types.length > 0 ? ` (${types.join(", ")})` : ""}`;
  };
  return (
    <div>
      <p className="font-semibold text-slate-900">Answers</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {Object.entries(responses).map(([status, response]) => (
          <div key={status} className="contents">
            <dt className="font-mono font-semibold">{status}</dt>
            <dd className="break-words">{describe(response)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
