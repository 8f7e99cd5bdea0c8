import { describe, expect, it } from "vitest";
import { clientAddressOf, LOOPBACK, trustedProxiesFrom } from "../src/http/client-address.ts";

const trusted = trustedProxiesFrom(LOOPBACK);
const request = (forwardedFor?: string) =>
  new Request("http://test/graphql", {
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  });

describe("clientAddressOf", () => {
  it.each([
    ["a direct visitor", "203.0.113.5", undefined, "203.0.113.5"],
    ["a direct visitor forging the header", "203.0.113.5", "198.51.100.1", "203.0.113.5"],
    ["our proxy forwarding a visitor", "127.0.0.1", "198.51.100.1", "198.51.100.1"],
    ["our proxy over IPv6", "::1", "198.51.100.1", "198.51.100.1"],
    ["our proxy as an IPv4-mapped address", "::ffff:127.0.0.1", "198.51.100.1", "198.51.100.1"],
    [
      "a forged first entry before our proxy's",
      "127.0.0.1",
      "10.0.0.1, 198.51.100.1",
      "198.51.100.1",
    ],
    ["our proxy without the header", "127.0.0.1", undefined, "127.0.0.1"],
    ["a mapped visitor address", "::ffff:203.0.113.5", undefined, "203.0.113.5"],
    ["no connection at all", undefined, "198.51.100.1", "unknown"],
  ])("%s", (_name, peer, forwardedFor, expected) => {
    expect(clientAddressOf(request(forwardedFor), peer, trusted)).toBe(expected);
  });

  it("believes each hop only while it is one of ours (a private network of proxies)", () => {
    const network = trustedProxiesFrom(["loopback", "10.1.0.0/16"]);
    const through = request("198.51.100.1, 10.1.0.7");
    expect(clientAddressOf(through, "10.1.0.9", network)).toBe("198.51.100.1");
    expect(clientAddressOf(through, "10.2.0.9", network)).toBe("10.2.0.9");
  });
});
