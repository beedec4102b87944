import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { can, type TActor } from "@/lib/auth/policy";
import { ROLE_LABELS } from "@/lib/auth/roles";

export function ConsoleHeader({ actor }: { actor: TActor }) {
  const links = [
    { href: "/incidents", label: "Incidents", show: can(actor, "incident.read") },
    // Notification clocks: the what-if register (lib/clocks).
    { href: "/what-if", label: "What-if", show: can(actor, "clocks.read") },
    { href: "/rules", label: "Rules", show: can(actor, "clocks.read") },
    // --- Incident record (issue 5) ---
    { href: "/dashboard", label: "Dashboard", show: can(actor, "incident.read") },
    { href: "/findings", label: "Findings", show: can(actor, "finding.list") },
    // ─── Exec status, reports and metrics (issue 8) ───
    { href: "/status", label: "Status", show: can(actor, "report.read") },
    { href: "/metrics", label: "Metrics", show: can(actor, "metrics.read") },
    { href: "/admin/users", label: "Users", show: can(actor, "user.list") },
    { href: "/admin/tokens", label: "API tokens", show: can(actor, "token.list") },
    { href: "/admin/sources", label: "Sources", show: can(actor, "source.list") },
    // Clock facts and reminders (issues 5 and 6)
    { href: "/admin/organisation", label: "Organisation", show: can(actor, "organisation.manage") },
    { href: "/inbox", label: "Inbox", show: can(actor, "notification.list") },
    // ─── Notices and approval gates (issue 7) ───
    { href: "/reviews", label: "Reviews", show: can(actor, "notice.review.list") },
    { href: "/admin/notice-approvals", label: "Notice approvals", show: can(actor, "notice.approval-policy.manage") },
  ].filter((link) => link.show);
  const roles = actor.roles.map((role) => ROLE_LABELS[role]).join(", ") || "No role yet";

  return (
    <header className="bg-slate-900 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/incidents" className="text-lg font-bold tracking-tight">
          Breachdesk
        </Link>
        <nav aria-label="Main" className="flex-1">
          <ul className="flex flex-wrap gap-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="rounded-md px-3 py-2 text-sm font-semibold text-slate-100 hover:bg-slate-800">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2 text-sm">
          <span>
            <span className="font-semibold">{actor.name}</span>
            <span className="text-slate-300"> · {roles}</span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
