import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { Instant } from "@/components/ui/instant";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import { listNotifications } from "@/lib/notifications/service";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const actor = await requireActor();
  const { items, unread } = await listNotifications(actor);
  const canMark = can(actor, "notification.mark-read");
  return (
    <>
      <PageHeader title="Inbox" description="Reminders of notification deadlines for obligations you own or incidents you command." />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="text-slate-800">{unread} unread</p>
        {canMark && unread > 0 ? <MarkReadButton label="Mark all read" /> : null}
      </div>
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          Nothing yet. Reminders arrive here (and by e-mail when SMTP_URL is set) when half, three quarters and 90 % of an
          obligation&apos;s time is gone, and an hour before it is due.
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {items.map((n) => (
            <li key={n.id} className={`rounded-lg border bg-white p-4 ${n.readAt ? "border-slate-200" : "border-l-4 border-blue-700"}`}>
              <p className="font-semibold">
                {n.readAt ? null : <span className="mr-2 rounded bg-blue-700 px-1.5 py-0.5 text-xs text-white">Unread</span>}
                {n.link ? <IntentLink className="underline" href={n.link}>{n.title}</IntentLink> : n.title}
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-800">{n.body}</p>
              <p className="mt-1 text-xs text-slate-600"><Instant value={n.createdAt} /></p>
              {canMark && !n.readAt ? <div className="mt-2"><MarkReadButton ids={[n.id]} label="Mark read" /></div> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
