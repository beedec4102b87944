import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZDataStoreInput } from "@/lib/data-stores/schemas";
import { createDataStore, listDataStores } from "@/lib/data-stores/service";

export const GET = withRoute({
  permission: "datastore.list",
  summary: "List the data inventory",
  schemas: {},
  handler: async ({ actor }) => ({ dataStores: await listDataStores(actor) }),
});

export const POST = withRoute({
  permission: "datastore.manage",
  summary: "Add a data store",
  docs: { responses: { 201: "The new data store." } },
  schemas: { body: ZDataStoreInput },
  handler: async ({ actor, body }) => jsonResponse({ dataStore: await createDataStore(actor, body) }, 201),
});
