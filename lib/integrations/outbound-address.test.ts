import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { outboundFetch, refusedAddressReason } from "@/lib/integrations/outbound-address";

const saved = process.env.BREACHDESK_ALLOW_INSECURE_INTEGRATIONS;
afterEach(() => {
  if (saved === undefined) delete process.env.BREACHDESK_ALLOW_INSECURE_INTEGRATIONS;
  else process.env.BREACHDESK_ALLOW_INSECURE_INTEGRATIONS = saved;
});

describe("the outbound address guard (SSRF)", () => {
  it("refuses cloud metadata, private, link-local, reserved and IPv4-mapped private addresses; allows public ones", () => {
    for (const address of ["169.254.169.254", "10.1.2.3", "172.16.0.9", "172.31.255.255", "192.168.1.1", "100.64.0.1", "0.0.0.0", "fd00:ec2::254", "fc00::1", "fe80::1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::"]) {
      expect(refusedAddressReason(address, false), address).not.toBeNull();
    }
    for (const address of ["8.8.8.8", "52.95.110.1", "172.32.0.1", "2606:4700:4700::1111"]) expect(refusedAddressReason(address, false), address).toBeNull();
  });

  it("refuses loopback unless insecure integrations are allowed (tests against local fakes)", () => {
    expect(refusedAddressReason("127.0.0.1", false)).toMatch(/loopback/);
    expect(refusedAddressReason("::1", false)).toMatch(/loopback/);
    expect(refusedAddressReason("::ffff:127.0.0.1", false)).toMatch(/loopback/);
    expect(refusedAddressReason("127.0.0.1", true)).toBeNull();
  });

  it("checks the address actually connected to: a name resolving to loopback is refused at connection, an IP in the URL before", async () => {
    const server = createServer((_req, res) => res.end("reached"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      delete process.env.BREACHDESK_ALLOW_INSECURE_INTEGRATIONS;
      const refused = await outboundFetch(`http://localhost:${port}/`, {}).catch((error: Error) => error);
      expect(String((refused as Error & { cause?: Error }).cause?.message ?? refused)).toMatch(/refused to connect to localhost: .*loopback/);
      await expect(outboundFetch(`http://127.0.0.1:${port}/`, {})).rejects.toThrow(/loopback/);
      await expect(outboundFetch("http://169.254.169.254/latest/meta-data/", {})).rejects.toThrow(/private, link-local or reserved/);
      process.env.BREACHDESK_ALLOW_INSECURE_INTEGRATIONS = "1";
      expect(await (await outboundFetch(`http://localhost:${port}/`, {})).text()).toBe("reached");
    } finally {
      server.close();
    }
  });
});
