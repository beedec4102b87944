import { apiDocument } from "@/lib/api-docs/document";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  permission: "api-docs.read",
  summary: "This API's OpenAPI 3.1 description",
  handler: async () => apiDocument(),
});
