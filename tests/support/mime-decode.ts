/**
 * The Subject and text of a raw single-part text/plain message as nodemailer writes it, decoded back to the
 * characters that were handed to it: headers unfolded, RFC 2047 encoded words (B and Q) joined and decoded, the body's
 * quoted-printable or base64 undone and CRLF turned back into LF. For tests that compare sent text with approved text.
 */
export function decodeTextMessage(raw: string): { subject: string; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n(?=[ \t])/g, "");
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:[ \\t]?(.*)$`, "im").exec(head)?.[1] ?? "";
  const encoding = header("Content-Transfer-Encoding").trim().toLowerCase();
  const bytes = encoding === "base64" ? Buffer.from(body.replace(/\s+/g, ""), "base64") : encoding === "quoted-printable" ? quotedPrintable(body.replace(/=\r\n/g, "")) : Buffer.from(body, "utf8");
  return { subject: decodeWords(header("Subject")), text: bytes.toString("utf8").replace(/\r\n/g, "\n") };
}

function quotedPrintable(text: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "=" && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(...Buffer.from(text[i]!, "utf8"));
  }
  return Buffer.from(out);
}

const ENCODED_WORD = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;

function decodeWords(value: string): string {
  // Whitespace between two adjacent encoded words is not part of the text (RFC 2047 §6.2); a character may be split
  // across words, so adjacent words are joined as bytes before decoding.
  const joined = value.replace(/\?=[ \t]+(?==\?)/g, "?=");
  return joined.replace(/(?:=\?[^?]+\?[BbQq]\?[^?]*\?=)+/g, (run) => {
    const parts: Buffer[] = [];
    for (const [, , kind, data] of run.matchAll(ENCODED_WORD)) {
      parts.push(kind!.toUpperCase() === "B" ? Buffer.from(data!, "base64") : quotedPrintable(data!.replace(/_/g, " ")));
    }
    return Buffer.concat(parts).toString("utf8");
  });
}
