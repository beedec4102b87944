import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { addIntegrationConnection } from "@/lib/integration-admin/connections";
import { markSetupCompleteBy } from "@/lib/setup/service";
import { insertApiToken } from "@/lib/tokens/service";
import { insertUser } from "@/lib/users/service";
import { readPassword } from "./read-password";

export const USAGE = `Usage:
  npm run admin -- create-user --email <email> --name <name> --role <role>[,<role>…]   (password on stdin)
  npm run admin -- create-token --name <name> --role <role>[,<role>…]                  (prints the token once)
  npm run admin -- add-connection --kind pagerduty|jira|servicenow --name <name> --config '<json>'
                                   (the secret, then the inbound webhook secret or an empty line, on stdin)

Roles: admin, commander, legal, engineer, comms, exec. Repeat --role or separate roles with commas.`;

export class UsageError extends Error {}

type TOutput = { out: (line: string) => void; err: (line: string) => void };

function rolesFrom(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(",")).map((role) => role.trim()).filter(Boolean);
}

/** Runs one admin command; returns the process exit code. */
/** How the administration log names changes made from the terminal. */
const ADMIN_CLI = { kind: "system", name: "Admin CLI" } as const;

export async function runAdminCommand(argv: string[], output: TOutput): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", multiple: true }, kind: { type: "string" }, config: { type: "string" } },
    strict: true,
  });

  try {
    if (command === "create-user") {
      const password = await readPassword("Password: ");
      const roles = rolesFrom(values.role);
      const user = await prisma.$transaction(async (tx) => {
        const created = await insertUser({ email: values.email ?? "", name: values.name ?? "", password, roles: roles as never }, tx, ADMIN_CLI);
        if (created.roles.includes("admin")) await markSetupCompleteBy(created.id, tx);
        return created;
      });
      output.err(`Created ${user.name} <${user.email}> with roles: ${user.roles.join(", ")}.`);
      output.out(JSON.stringify({ id: user.id, email: user.email, roles: user.roles }));
      return 0;
    }
    if (command === "create-token") {
      const { token, secret } = await insertApiToken({ name: values.name ?? "", roles: rolesFrom(values.role) as never }, null, prisma, ADMIN_CLI);
      output.err(`Created API token "${token.name}" (${token.roles.join(", ")}). It is shown once, below; store it now.`);
      output.out(secret);
      return 0;
    }
    if (command === "add-connection") {
      let config: unknown;
      try {
        config = JSON.parse(values.config ?? "{}");
      } catch {
        throw new UsageError("--config must be JSON.");
      }
      const secret = await readPassword("Secret (PagerDuty routing key, Jira API token, ServiceNow password, Slack bot token or Teams webhook URL): ");
      const inboundSecret = await readPassword("Inbound secret (Jira or ServiceNow webhook secret, Slack signing secret; empty for none): ");
      const created = await addIntegrationConnection(ADMIN_CLI, { kind: values.kind ?? "", name: values.name ?? "", config, secret, inboundSecret: inboundSecret || undefined });
      output.err(`Added ${created.kind} connection "${created.name}".`);
      output.out(JSON.stringify(created));
      return 0;
    }
    throw new UsageError(command ? `Unknown command "${command}".` : "No command given.");
  } catch (error) {
    if (error instanceof ZodError) {
      for (const issue of error.issues) output.err(`--${issue.path.join(".") || "input"} ${issue.message}`);
      return 2;
    }
    if (error instanceof AppError) {
      output.err(error.message);
      for (const param of error.invalidParams) output.err(`  ${param.name}: ${param.reason}`);
      return error.code === "conflict" ? 3 : 2;
    }
    throw error;
  }
}
