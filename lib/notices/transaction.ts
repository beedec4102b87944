/** A notice transaction may write a list of up to 100,000 recipients: longer limits than Prisma's defaults. */
export const NOTICE_TX = { timeout: 60_000, maxWait: 30_000 };
