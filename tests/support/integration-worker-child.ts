/**
 * A separate process running one pass of the integration worker, so a test can kill it (SIGKILL) mid-call.
 * Env: DATABASE_URL (and BREACHDESK_DATA_KEY when the connection's secret is sealed).
 */
import { runIntegrationPass } from "../../lib/integration-delivery/deliver-messages";

void runIntegrationPass().then(() => process.exit(0));
