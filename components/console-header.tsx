import { IntentLink } from "@/components/ui/intent-link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { MainNav } from "@/components/navigation/main-nav";
import { can, type TActor } from "@/lib/auth/policy";
import { ROLE_LABELS } from "@/lib/auth/roles";

export function ConsoleHeader({ actor }: { actor: TActor }) {
  const primary = [
    { href: "/dashboard", label: "Dashboard", show: can(actor, "incident.read") },
    { href: "/incidents", label: "Incidents", show: can(actor, "incident.read") },
    { href: "/findings", label: "Findings", show: can(actor, "finding.list") },
    { href: "/reviews", label: "Reviews", show: can(actor, "notice.review.list") },
    { href: "/inbox", label: "Inbox", show: can(actor, "notification.list") },
    { href: "/status", label: "Status", show: can(actor, "report.read") },
    { href: "/metrics", label: "Metrics", show: can(actor, "metrics.read") },
    { href: "/what-if", label: "What-if", show: can(actor, "clocks.read") },
    { href: "/rules", label: "Rules", show: can(actor, "clocks.read") },
  ];
  const admin = [
    { href: "/admin/users", label: "Users", show: can(actor, "user.list") },
    { href: "/admin/tokens", label: "API tokens", show: can(actor, "token.list") },
    { href: "/admin/sources", label: "Sources", show: can(actor, "source.list") },
    { href: "/admin/integrations", label: "Integrations", show: can(actor, "integration.manage") },
    { href: "/admin/organisation", label: "Organisation", show: can(actor, "organisation.manage") },
    { href: "/admin/notice-approvals", label: "Notice approvals", show: can(actor, "notice.approval-policy.manage") },
    { href: "/admin/containment-approvals", label: "Containment approvals", show: can(actor, "containment.approval-policy.manage") },
    { href: "/admin/audit", label: "Admin log", show: can(actor, "admin.audit.read") },
    { href: "/api-docs", label: "API", show: can(actor, "api-docs.read") },
  ];
  const visible = (links: typeof primary) => links.filter((link) => link.show).map(({ href, label }) => ({ href, label }));
  const roles = actor.roles.map((role) => ROLE_LABELS[role]).join(", ") || "No role yet";

  return (
    <header className="bg-slate-900 text-white print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <IntentLink href="/dashboard" className="text-lg font-bold tracking-tight">
          Breachdesk
        </IntentLink>
        <MainNav primary={visible(primary)} admin={visible(admin)} />
        <div className="ml-auto flex items-center gap-2 text-sm md:ml-0">
          <span className="max-w-56 truncate" title={`${actor.name} · ${roles}`}>
            <span className="font-semibold">{actor.name}</span>
            <span className="text-slate-300"> · {roles}</span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
