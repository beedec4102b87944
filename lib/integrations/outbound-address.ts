import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";
import { Agent, fetch as undiciFetch } from "undici";
import { insecureIntegrationsAllowed } from "@/lib/env";

/**
 * The server-side request forgery guard for every call Breachdesk makes to a URL an administrator typed (webhooks,
 * PagerDuty, Jira, ServiceNow, Slack, Teams): the address actually connected to must be a public one. Checked at
 * connection time, on the addresses DNS returned for that very connection, so a name that resolves to a public address
 * when saved and to 169.254.169.254 when called (DNS rebinding) is refused too. Loopback is allowed only with
 * BREACHDESK_ALLOW_INSECURE_INTEGRATIONS=1 (tests against local fakes).
 */
const PRIVATE = new BlockList();
for (const [net, prefix] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4]] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [["::", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96], ["fd00:ec2::", 32]] as const) PRIVATE.addSubnet(net, prefix, "ipv6");
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

/** An IPv4 address written as IPv6 (::ffff:10.0.0.1) is the IPv4 address. */
function unmapped(address: string): { address: string; family: "ipv4" | "ipv6" } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, family: "ipv4" };
  return { address, family: isIP(address) === 6 ? "ipv6" : "ipv4" };
}

/** Why this address may not be connected to, or null when it may. */
export function refusedAddressReason(address: string, allowLoopback = insecureIntegrationsAllowed()): string | null {
  const { address: plain, family } = unmapped(address);
  if (LOOPBACK.check(plain, family)) return allowLoopback ? null : `${address} is this machine (loopback)`;
  if (PRIVATE.check(plain, family)) return `${address} is a private, link-local or reserved address (cloud metadata and internal services are never called)`;
  return null;
}

type TLookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for net/tls connections: DNS as usual, then every answer checked; one refused address refuses the host. */
export function guardedLookup(hostname: string, options: { all?: boolean; family?: number } | number, callback: TLookupCallback): void {
  const wantAll = typeof options === "object" && options.all === true;
  dnsLookup(hostname, { all: true, family: typeof options === "number" ? options : (options.family ?? 0) }, (error, addresses) => {
    if (error) return callback(error, wantAll ? [] : "");
    for (const entry of addresses) {
      const reason = refusedAddressReason(entry.address);
      if (reason) return callback(Object.assign(new Error(`refused to connect to ${hostname}: ${reason}`), { code: "EOUTBOUNDREFUSED" }), wantAll ? [] : "");
    }
    if (wantAll) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

let dispatcher: Agent | undefined;

/** The fetch dispatcher every outbound integration call uses (redirects are never followed: callers pass redirect "manual"). */
export function outboundDispatcher(): Agent {
  dispatcher ??= new Agent({ connect: { lookup: guardedLookup as never } });
  return dispatcher;
}

/**
 * fetch for outbound integrations: an IP written in the URL is checked here (no DNS lookup happens for it), a name at
 * connection time by the dispatcher's lookup.
 */
export async function outboundFetch(url: string, init: RequestInit): Promise<Response> {
  assertLiteralHostAllowed(url);
  return undiciFetch(url, { ...(init as object), dispatcher: outboundDispatcher() } as never) as unknown as Response;
}

/** An IP address written in the URL is connected to without a lookup: it is checked here. */
export function assertLiteralHostAllowed(url: string): void {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  if (!isIP(host)) return;
  const reason = refusedAddressReason(host);
  if (reason) throw Object.assign(new Error(`refused to connect to ${host}: ${reason}`), { code: "EOUTBOUNDREFUSED" });
}

