import proxyAddr from "proxy-addr";

/** Which connections are our own servers, from `TRUSTED_PROXIES` (addresses, CIDRs, presets). */
export type TrustedProxies = (address: string, hop: number) => boolean;

/**
 * Compiles a list such as `loopback`, `uniquelocal`, `10.1.0.0/16` with Express's own
 * library, so the API and the public app's server read the same notation.
 */
export function trustedProxiesFrom(list: readonly string[]): TrustedProxies {
  return proxyAddr.compile([...list]);
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one address. */
function normaliseAddress(address: string): string {
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
}

/**
 * The address a request comes from. Our own servers (the public app's server and the admin
 * app's proxy) add the visitor's address to `X-Forwarded-For`; entries are believed from the
 * right only while each hop is one of ours, since anyone else can write the header. The entry
 * our server added is the last; earlier ones are the client's to forge.
 */
export function clientAddressOf(
  request: Request,
  peerAddress: string | undefined,
  trusted: TrustedProxies,
): string {
  if (peerAddress === undefined) return "unknown";
  const forwarded = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .reverse();
  const hops = [peerAddress, ...forwarded];
  for (const [i, hop] of hops.entries()) {
    if (i === hops.length - 1 || !trusted(hop, i)) return normaliseAddress(hop);
  }
  return normaliseAddress(peerAddress);
}

export const LOOPBACK = ["loopback"];
