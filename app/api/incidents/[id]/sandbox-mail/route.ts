import { withRoute } from "@/lib/http/with-route";
import { ZIncidentNoticesParams } from "@/lib/notices/schemas";
import { listSandboxMail } from "@/lib/notices/read";

export const GET = withRoute({
  permission: "sandbox-mail.list",
  summary: "List an exercise's sandbox mailbox",
  schemas: { params: ZIncidentNoticesParams },
  handler: async ({ actor, params }) => ({ mails: await listSandboxMail(actor, params.id) }),
});
