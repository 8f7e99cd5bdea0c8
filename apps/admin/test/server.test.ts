import { readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, request, type Server } from "node:http";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDir, freePort, type RunningAdmin, startAdminServer } from "./support/admin-server.ts";

// The production server (`pnpm start`) over real HTTP, serving the real build, in front of a
// tiny stand-in upstream that records what reaches it (it is not our API: the point is what
// the proxy sends, which the API's own tests take from there).

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let upstream: Server;
let upstreamPort: number;
let seen: Seen[] = [];
let admin: RunningAdmin;
let downAdmin: RunningAdmin;

const dist = join(appDir, "dist");
const assetNames = readdirSync(join(dist, "assets"));
const script = assetNames.find((name) => name.endsWith(".js"));
const sourceMap = assetNames.find((name) => name.endsWith(".js.map"));
if (!script) throw new Error("the build has no script");

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      seen.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      res.writeHead(200, {
        "content-type": "application/graphql-response+json; charset=utf-8",
        "set-cookie": "atlas_session=abc; Path=/; HttpOnly; SameSite=Lax",
      });
      res.end(JSON.stringify({ data: { viewer: null, padding: "x".repeat(4000) } }));
    });
  });
  upstreamPort = await freePort();
  await new Promise<void>((resolve) => upstream.listen(upstreamPort, "127.0.0.1", resolve));
  admin = await startAdminServer({ API_URL: `http://127.0.0.1:${upstreamPort}` });
  // Nothing listens on this one: the API is down.
  downAdmin = await startAdminServer({ API_URL: `http://127.0.0.1:${await freePort()}` });
}, 60_000);

afterAll(async () => {
  await admin?.stop();
  await downAdmin?.stop();
  await new Promise((resolve) => upstream?.close(resolve));
});

/** One request with nothing added by a client library (no automatic decompression). */
function raw(
  path: string,
  headers: Record<string, string> = {},
  options: { method?: string; body?: string; origin?: string } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const url = new URL(path, options.origin ?? admin.origin);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const indexHtml = readFileSync(join(dist, "index.html"), "utf8");
const postGraphql = (headers: Record<string, string> = {}, origin?: string) =>
  raw(
    "/graphql",
    { "content-type": "application/json", cookie: "atlas_session=old", ...headers },
    { method: "POST", body: '{"query":"{ viewer { id } }"}', ...(origin ? { origin } : {}) },
  );

describe("security headers", () => {
  const responses = () =>
    Promise.all([
      raw("/"),
      raw("/trust-profile"),
      raw(`/assets/${script}`),
      raw("/assets/missing.js"),
      postGraphql(),
    ]);

  it("sends a strict Content-Security-Policy on every response", async () => {
    for (const response of await responses()) {
      const csp = String(response.headers["content-security-policy"]);
      const directives = new Map(
        csp.split(";").map((part) => {
          const [name = "", ...values] = part.trim().split(/\s+/);
          return [name, values];
        }),
      );
      expect(directives.get("default-src")).toEqual(["'self'"]);
      expect(directives.get("script-src")).toEqual(["'self'"]);
      expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
      expect(directives.get("object-src")).toEqual(["'none'"]);
      expect(directives.get("base-uri")).toEqual(["'self'"]);
      expect(directives.get("form-action")).toEqual(["'self'"]);
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toContain("unsafe-eval");
    }
  });

  it("forbids sniffing and framing, and keeps the address to the site", async () => {
    for (const response of await responses()) {
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["referrer-policy"]).toBe("same-origin");
      expect(response.headers["x-powered-by"]).toBeUndefined();
    }
  });

  it("serves a build whose page has no inline script for the policy to refuse", () => {
    expect(indexHtml).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe("caching", () => {
  it("keeps hashed assets for a year, unchanged", async () => {
    const response = await raw(`/assets/${script}`);
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers["content-type"]).toMatch(/^text\/javascript|^application\/javascript/);
  });

  it("checks the page itself with the server every time", async () => {
    for (const path of ["/", "/index.html", "/curation"]) {
      const response = await raw(path);
      expect(response.status, path).toBe(200);
      expect(response.headers["cache-control"], path).toBe("no-cache");
    }
  });

  it("answers a missing asset with a 404, never the page in its place", async () => {
    const response = await raw("/assets/index-0000.js");
    expect(response.status).toBe(404);
    expect(response.headers["content-type"]).toMatch(/^text\/plain/);
  });

  it("does not serve the source maps built for error reports", async () => {
    expect(sourceMap).toBeDefined();
    expect((await raw(`/assets/${sourceMap}`)).status).toBe(404);
  });
});

describe("compression", () => {
  const file = readFileSync(join(dist, "assets", script));

  it("sends brotli to a browser that takes it", async () => {
    const response = await raw(`/assets/${script}`, { "accept-encoding": "gzip, deflate, br" });
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.body).equals(file)).toBe(true);
    expect(response.body.length).toBeLessThan(file.length / 2);
  });

  it("sends gzip to one that takes only gzip, and plain bytes to one that takes neither", async () => {
    const gzipped = await raw(`/assets/${script}`, { "accept-encoding": "gzip" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.body).equals(file)).toBe(true);
    const plain = await raw(`/assets/${script}`, { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
  });

  it("compresses the API's answers on the way back too", async () => {
    const response = await postGraphql({ "accept-encoding": "br" });
    expect(response.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(brotliDecompressSync(response.body).toString())).toMatchObject({
      data: { viewer: null },
    });
  });
});

describe("the /graphql proxy", () => {
  it("passes the request on, saying who the visitor is, and brings back the API's cookie", async () => {
    seen = [];
    const response = await postGraphql({ "x-forwarded-for": "203.0.113.66" });
    expect(response.status).toBe(200);
    expect(response.headers["set-cookie"]).toEqual([
      "atlas_session=abc; Path=/; HttpOnly; SameSite=Lax",
    ]);
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/graphql");
    expect(request?.body).toBe('{"query":"{ viewer { id } }"}');
    expect(request?.headers.cookie).toBe("atlas_session=old");
    // The visitor's own address (this test, on loopback), not what the browser claimed.
    expect(request?.headers["x-forwarded-for"]).toBe("127.0.0.1");
    // The API sees its own host name, as it would with no proxy between.
    expect(request?.headers.host).toBe(`127.0.0.1:${upstreamPort}`);
  });

  it("proxies only /graphql: other addresses are the app's", async () => {
    seen = [];
    const response = await raw("/graphql-but-not");
    expect(response.body.toString()).toBe(indexHtml);
    expect(seen).toHaveLength(0);
  });

  it("answers in GraphQL's shape when the API cannot be reached", async () => {
    const response = await postGraphql({}, downAdmin.origin);
    expect(response.status).toBe(502);
    expect(JSON.parse(response.body.toString())).toEqual({
      errors: [{ message: "The API could not be reached." }],
    });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
  });
});

describe("partnership documents' downloads", () => {
  const path = "/files/partnership-documents/0b6f1c0e-8a55-4d43-9a1b-3f1d2c9e7a10";

  it("passes a download link to the API with the visitor's cookie and address", async () => {
    seen = [];
    const response = await raw(path, { cookie: "atlas_session=old", "x-forwarded-for": "1.2.3.4" });
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.method).toBe("GET");
    expect(request?.url).toBe(path);
    expect(request?.headers.cookie).toBe("atlas_session=old");
    expect(request?.headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(request?.headers.host).toBe(`127.0.0.1:${upstreamPort}`);
  });

  it("passes nothing else under /files: other methods, paths and neighbours are the app's", async () => {
    seen = [];
    await raw(path, {}, { method: "POST", body: "x" });
    await raw(path, {}, { method: "DELETE" });
    for (const other of [
      "/files/partnership-documents/",
      `${path}/more`,
      "/files/partnership-documents-old/1",
      "/files/other/1",
    ]) {
      expect((await raw(other)).body.toString(), other).toBe(indexHtml);
    }
    expect(seen).toHaveLength(0);
  });

  it("says in words that the document could not be fetched when the API is down", async () => {
    const response = await raw(path, {}, { origin: downAdmin.origin });
    expect(response.status).toBe(502);
    expect(response.headers["content-type"]).toMatch(/^text\/plain/);
    expect(response.body.toString()).toMatch(/^The document could not be fetched/);
  });
});

describe("the single-page app", () => {
  it.each(["/", "/sign-in?redirectTo=%2Fcuration", "/trust-profile", "/no/such/page"])(
    "answers %s with the app's page",
    async (path) => {
      const response = await raw(path);
      expect(response.status).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expect(response.body.toString()).toBe(indexHtml);
    },
  );

  it("serves the build's other files as they are", async () => {
    const response = await raw("/favicon.svg");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^image\/svg\+xml/);
  });
});
