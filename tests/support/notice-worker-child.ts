/**
 * A separate process running the bulk notice worker, so a test can kill it (SIGKILL) mid-send and start another.
 * Env: DATABASE_URL, SMTP_URL, NOTICE_TEST_RATE (messages per second).
 */
import { startNoticeWorker } from "../../lib/notices/worker";

void startNoticeWorker(process.env.DATABASE_URL as string, { ratePerSecond: Number(process.env.NOTICE_TEST_RATE ?? "10"), sweepCron: "0 0 1 1 *" }).then((worker) => {
  console.log("notice worker ready");
  process.once("SIGTERM", () => void worker.stop().then(() => process.exit(0)));
});
