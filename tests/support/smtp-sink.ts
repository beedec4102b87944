import { createServer, type Socket } from "node:net";
import { SMTPServer } from "smtp-server";

export type TReceivedMail = { from: string; to: string[]; raw: string; subject: string; messageId: string };

/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package) that keeps every message it accepts, for tests of
 * anything that sends mail. `url` goes into SMTP_URL.
 */
export async function startSmtpSink(
  options: {
    onMessage?: (mail: TReceivedMail) => void;
    /** From the Nth message on, hold the answer (the client waits for "250 OK") until release(): a crash mid-SMTP. */
    holdFrom?: number;
    /** Refuse the Nth message (1-based, counting every message the server saw; `to`: its recipients) with this SMTP reply, or accept it (null). */
    refuse?: (n: number, to: string[]) => { code: number; message: string } | null;
    /** Wait this long before answering each message: a slow SMTP server. */
    answerDelayMs?: number;
    /** The text after "250 " when the Nth message is accepted (Amazon SES answers "Ok <its message id>"). */
    acceptReply?: (n: number) => string;
  } = {},
): Promise<{ url: string; messages: TReceivedMail[]; seen: () => number; release: () => void; close: () => Promise<void> }> {
  const messages: TReceivedMail[] = [];
  let seen = 0;
  let holding = options.holdFrom !== undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        seen += 1;
        const n = seen;
        if (holding && n >= (options.holdFrom ?? Infinity)) return; // never answered, never accepted
        const refusal = options.refuse?.(n, session.envelope.rcptTo.map((rcpt) => rcpt.address));
        if (refusal) {
          callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const mail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
          subject: header(raw, "Subject"),
          messageId: header(raw, "Message-ID"),
        };
        const accept = () => {
          messages.push(mail);
          options.onMessage?.(mail);
          if (options.acceptReply) callback(null, options.acceptReply(n));
          else callback();
        };
        if (options.answerDelayMs) setTimeout(accept, options.answerDelayMs);
        else accept();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("SMTP sink did not get a port");
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    messages,
    seen: () => seen,
    release: () => {
      holding = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? "";
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const match = new RegExp(`^${name}:\\s*(.*)$`, "im").exec(unfolded);
  return match?.[1]?.trim() ?? "";
}

/**
 * A hung SMTP server: it accepts TCP connections on 127.0.0.1 and never says a word (no greeting, no reply), the
 * way a wedged relay or a black-holing firewall behaves. `connections()` counts the clients that tried.
 */
export async function startSilentSmtpServer(): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on("error", () => undefined);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("silent SMTP server did not get a port");
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    connections: () => connections,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
