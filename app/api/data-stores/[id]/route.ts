import { withRoute } from "@/lib/http/with-route";
import { ZDataStoreInput, ZDataStoreParams } from "@/lib/data-stores/schemas";
import { deleteDataStore, updateDataStore } from "@/lib/data-stores/service";

export const PUT = withRoute({
  permission: "datastore.manage",
  summary: "Update a data store",
  schemas: { params: ZDataStoreParams, body: ZDataStoreInput },
  handler: async ({ actor, params, body }) => ({ dataStore: await updateDataStore(actor, params.id, body) }),
});

export const DELETE = withRoute({
  permission: "datastore.manage",
  summary: "Delete a data store",
  schemas: { params: ZDataStoreParams },
  handler: async ({ actor, params }) => {
    await deleteDataStore(actor, params.id);
    return { deleted: true };
  },
});
