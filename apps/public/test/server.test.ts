import { createTestApi, type TestApi } from "@atlas/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltServer, startBuiltServer } from "./support/built-server.ts";
import { type HttpApi, serveOverHttp } from "./support/http-api.ts";
import { freePort } from "./support/ports.ts";

let api: TestApi;
let httpApi: HttpApi;
/** Straight on the network: no proxy in front. */
let direct: BuiltServer;
/** Behind one proxy (its load balancer), which says who the visitor is. */
let proxied: BuiltServer;

beforeAll(async () => {
  api = await createTestApi();
  httpApi = await serveOverHttp(api);
  const env = { API_URL: httpApi.url, ADMIN_URL: "http://admin.test" };
  [direct, proxied] = await Promise.all([
    startBuiltServer(env),
    // With map tiles configured, so the policy allows their host.
    startBuiltServer({
      ...env,
      TRUST_PROXY: "true",
      MAP_TILE_URL: "https://{s}.tiles.example.org/{z}/{x}/{y}.png",
    }),
  ]);
});

afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
  await httpApi?.close();
  await api?.close();
});

/** The X-Forwarded-For of every API request made while `visit` ran. */
async function forwardedDuring(visit: () => Promise<Response>): Promise<(string | null)[]> {
  const before = httpApi.requests.length;
  const response = await visit();
  expect(response.status).toBe(200);
  await response.text();
  return httpApi.requests.slice(before).map((headers) => headers.get("x-forwarded-for"));
}

describe("the production server", () => {
  it("tells the API the visitor's address, and ignores what the visitor claims", async () => {
    const forwarded = await forwardedDuring(() =>
      fetch(`${direct.origin}/trusts`, {
        headers: { cookie: "atlas_session=abc", "x-forwarded-for": "198.51.100.66" },
      }),
    );
    // The root's viewer query, the search and whose shortlist it is: each says who asked.
    expect(forwarded).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1"]);
  });

  it("behind a trusted proxy, forwards the address the proxy added", async () => {
    const forwarded = await forwardedDuring(() =>
      fetch(`${proxied.origin}/trusts`, {
        // The first entry is the visitor's to forge; the proxy appended the last.
        headers: { "x-forwarded-for": "198.51.100.66, 203.0.113.9" },
      }),
    );
    expect(forwarded).toEqual(["203.0.113.9"]);
  });

  it("sends security headers and a nonce-based Content-Security-Policy", async () => {
    const response = await fetch(`${direct.origin}/trusts`);
    const html = await response.text();
    const csp = response.headers.get("content-security-policy") ?? "";
    const directives = new Map(
      csp.split(";").map((d) => {
        const [name = "", ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
    expect(directives.get("form-action")).toEqual(["'self'"]);
    const scriptSrc = directives.get("script-src") ?? [];
    expect(scriptSrc).toHaveLength(2);
    expect(scriptSrc[0]).toBe("'self'");
    const nonce = /^'nonce-([A-Za-z0-9+/=]{20,})'$/.exec(scriptSrc[1] ?? "")?.[1];
    expect(nonce).toBeTruthy();

    // Every inline script of the page carries this response's nonce.
    const inlineScripts = html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? [];
    expect(inlineScripts.length).toBeGreaterThan(0);
    for (const tag of inlineScripts) expect(tag).toContain(`nonce="${nonce}"`);

    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-powered-by")).toBeNull();

    // A fresh nonce for every response.
    const again = await fetch(`${direct.origin}/trusts`);
    await again.text();
    expect(again.headers.get("content-security-policy")).not.toBe(csp);
  });

  it("lets images come from the map's tile host only when MAP_TILE_URL is set", async () => {
    const imgSrc = async (server: BuiltServer) => {
      const response = await fetch(`${server.origin}/`);
      await response.text();
      const csp = response.headers.get("content-security-policy") ?? "";
      return /(?:^|;)\s*img-src ([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/);
    };
    expect(await imgSrc(direct)).toEqual(["'self'", "data:"]);
    expect(await imgSrc(proxied)).toEqual(["'self'", "data:", "https://*.tiles.example.org"]);
  });

  it("serves hashed assets for good, compressed with brotli or gzip, and pages not", async () => {
    const page = await fetch(`${direct.origin}/`);
    const html = await page.text();
    expect(page.headers.get("cache-control")).not.toMatch(/immutable|max-age=[1-9]/);
    const script =
      /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? /"(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();

    const brotli = await fetch(`${direct.origin}${script}`, {
      headers: { "accept-encoding": "br" },
    });
    expect(brotli.status).toBe(200);
    expect(brotli.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(brotli.headers.get("content-encoding")).toBe("br");
    // fetch undoes the encoding: the body is the script itself.
    expect((await brotli.text()).length).toBeGreaterThan(0);

    const gzip = await fetch(`${direct.origin}${script}`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    await gzip.text();
  });

  it("answers 503 with Retry-After, not a stack, while the API cannot be reached", async () => {
    const down = await startBuiltServer({
      API_URL: `http://127.0.0.1:${await freePort()}/graphql`,
      ADMIN_URL: "http://admin.test",
    });
    try {
      const response = await fetch(`${down.origin}/trusts?q=oak`);
      const html = await response.text();
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(html).toContain("Service unavailable – try again in a moment");
      expect(html).not.toMatch(/at \S+ \(|ECONNREFUSED|fetch failed/);
    } finally {
      await down.stop();
    }
  });
});
