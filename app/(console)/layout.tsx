import type { ReactNode } from "react";
import { ConsoleHeader } from "@/components/console-header";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/auth/current-actor";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return (
    <>
      <ConsoleHeader actor={actor} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {actor.roles.length === 0 ? (
          <Alert tone="info" title="Your account has no role yet">
            An administrator must give you a role before you can see incidents. Ask your Breachdesk administrator.
          </Alert>
        ) : (
          children
        )}
      </main>
    </>
  );
}
