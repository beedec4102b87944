import { Instant } from "@/components/ui/instant";

type TMail = { id: string; to: string; subject: string; text: string; createdAt: string };

/** The exercise's sandbox mailbox: what would have been sent, as plain text. */
export function SandboxMailbox({ mails }: { mails: TMail[] }) {
  return (
    <section aria-labelledby="sandbox-mail" className="mt-8">
      <h2 id="sandbox-mail" className="mb-2 text-lg font-bold">Sandbox mailbox (exercise)</h2>
      {mails.length === 0 ? (
        <p className="text-sm text-slate-700">Nothing sent yet. Notices sent from this exercise land here instead of going out.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded-lg border border-purple-300 bg-white p-4">
              <p className="text-sm"><span className="font-semibold">To:</span> {mail.to} · <Instant value={mail.createdAt} /></p>
              <p className="font-semibold">{mail.subject}</p>
              <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm text-slate-900">{mail.text}</pre>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
