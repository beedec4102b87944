import { AppError } from "@/lib/errors/app-error";
import { decodeUtf8 } from "@/lib/http/utf8";

export type TLineLimits = {
  /** The longest line, in bytes: nothing longer is ever held in memory. */
  maxLineBytes: number;
  /** The most bytes read in all, counted as they arrive (a declared Content-Length proves nothing). */
  maxTotalBytes?: number;
};

/** A line that is not valid UTF-8: reported, never decoded into replacement characters and stored mangled. */
export const UNDECODABLE_LINE = null;

/**
 * Splits a byte stream into lines (at "\n"; a "\r" before it stays on the line), decoding each as UTF-8, and
 * stops with 413 as soon as a line or the whole passes its limit: at most one line plus one chunk is buffered, and
 * the source is abandoned (a web stream is cancelled) the moment a limit is passed.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array>, limits: TLineLimits): AsyncGenerator<string | typeof UNDECODABLE_LINE> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let totalBytes = 0;
  let lineNumber = 0;
  const tooLong = () =>
    new AppError("payload_too_large", `Line ${lineNumber + 1} is longer than ${limits.maxLineBytes} bytes.`, [
      { name: "file", reason: `line ${lineNumber + 1} is longer than ${limits.maxLineBytes} bytes` },
    ]);
  for await (const chunk of chunks) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    totalBytes += bytes.length;
    if (limits.maxTotalBytes !== undefined && totalBytes > limits.maxTotalBytes) {
      throw new AppError("payload_too_large", `The file is larger than ${limits.maxTotalBytes} bytes.`, [
        { name: "file", reason: `must be at most ${limits.maxTotalBytes} bytes` },
      ]);
    }
    let start = 0;
    for (let newline = bytes.indexOf(10, start); newline >= 0; newline = bytes.indexOf(10, start)) {
      const piece = bytes.subarray(start, newline);
      if (pendingBytes + piece.length > limits.maxLineBytes) throw tooLong();
      const line = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
      pending = [];
      pendingBytes = 0;
      lineNumber += 1;
      start = newline + 1;
      yield decode(lineNumber === 1 ? withoutByteOrderMark(line) : line);
    }
    const rest = bytes.subarray(start);
    if (rest.length > 0) {
      pendingBytes += rest.length;
      if (pendingBytes > limits.maxLineBytes) throw tooLong();
      pending.push(rest);
    }
  }
  if (pendingBytes > 0) {
    const line = Buffer.concat(pending);
    yield decode(lineNumber === 0 ? withoutByteOrderMark(line) : line);
  }
}

/** A UTF-8 byte order mark starting a file is an encoding marker, not JSON. */
function withoutByteOrderMark(line: Buffer): Buffer {
  return line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf ? line.subarray(3) : line;
}

function decode(line: Buffer): string | typeof UNDECODABLE_LINE {
  return decodeUtf8(line) ?? UNDECODABLE_LINE;
}
