import { createServer, type IncomingMessage, request, type Server } from "node:http";
import { createTestApi, type ListeningApi, type TestApi } from "@atlas/api/testing";
import { buildSchool, buildTrust, buildUser } from "@atlas/db/testing";
import type { Response } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shouldCompress } from "../server/compression-filter.ts";
import { freePort, type RunningAdmin, startAdminServer } from "./support/admin-server.ts";
import { documentNamed, manifests } from "./support/manifests.ts";
import { schoolRequests } from "./support/school-request.ts";

// A subscription through the production server (`pnpm start`) to the real API listening over
// HTTP as deployed (production rules: only the apps' manifests run): the event stream must
// come through as it is written, uncompressed and unbuffered, and end at the API when the page
// goes away.

let api: TestApi;
let listening: ListeningApi;
let admin: RunningAdmin;
let trustId: string;
let urn: number;
let adminCookie: string;
let memberCookie: string;

beforeAll(async () => {
  api = await createTestApi({ trustedDocuments: [manifests.admin, manifests.public] });
  const { db } = api.database;
  const school = await buildSchool(db, { name: "Kestrel Primary School" });
  urn = school.urn;
  const { trust } = await buildTrust(db, { name: "Harrier Learning Trust" });
  trustId = Buffer.from(`Trust:${trust.id}`).toString("base64");
  const person = async (roles: Parameters<typeof buildUser>[1]["roles"]) =>
    api.sessionFor((await buildUser(db, { passwordHash: "x", roles })).user.id);
  adminCookie = await person([{ role: "TRUST_ADMIN", trustId: trust.id }]);
  memberCookie = await person([{ role: "SCHOOL_MEMBER", schoolId: school.id }]);
  listening = await api.listen();
  admin = await startAdminServer({ API_URL: listening.origin });
}, 60_000);

afterAll(async () => {
  await admin?.stop();
  await listening?.close();
  await api?.close();
});

/** Opens a subscription through the admin server as a browser would, taking brotli if offered. */
function subscribe(
  query: string,
  variables: object,
  origin = admin.origin,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL("/graphql", origin),
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "text/event-stream",
          "accept-encoding": "gzip, deflate, br",
          "x-graphql-yoga-csrf": "1",
          cookie: adminCookie,
        },
      },
      resolve,
    );
    req.on("error", reject);
    req.end(JSON.stringify({ query, variables }));
  });
}

/** Reads the stream until `pattern` has arrived, or fails after `ms`. */
function readUntil(res: IncomingMessage, pattern: RegExp, ms = 10_000): Promise<string> {
  let text = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      res.off("data", onData);
      reject(new Error(`no ${pattern} within ${ms} ms; read: ${JSON.stringify(text)}`));
    }, ms);
    function onData(chunk: Buffer) {
      text += chunk.toString();
      const match = pattern.exec(text);
      if (match) {
        clearTimeout(timer);
        res.off("data", onData);
        resolve(match[1] ?? match[0]);
      }
    }
    res.on("data", onData);
  });
}

describe("a subscription through the admin server", () => {
  it("brings the inbox's first event through, uncompressed, as soon as the API sends it", async () => {
    const stream = await subscribe(
      documentNamed(manifests.admin, "subscription PartnershipInboxUpdates("),
      { trustId },
    );
    expect(stream.statusCode).toBe(200);
    expect(stream.headers["content-type"]).toMatch(/^text\/event-stream/);
    expect(stream.headers["content-encoding"] ?? "none").toBe("none");
    // Yoga opens every stream with a comment; it reaching us means nothing is held back.
    await readUntil(stream, /^:\n\n/);
    const event = readUntil(stream, /event: next\ndata: (.*)\n\n/);
    await schoolRequests(api, memberCookie, { trustId, urn });
    expect(JSON.parse(await event)).toMatchObject({
      data: {
        partnershipUpdated: { state: "REQUESTED", school: { name: "Kestrel Primary School" } },
      },
    });

    // The page goes away: its request to the API ends too, so nothing stays subscribed there.
    stream.destroy();
    const deadline = Date.now() + 5000;
    while ((await listening.connections()) > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await listening.connections()).toBe(0);
  });

  it("runs no subscription of anyone's own making", async () => {
    const stream = await subscribe("subscription { partnershipUpdated(trustId: $t) { id } }", {});
    const text = await readUntil(stream, /OPERATION_NOT_TRUSTED/);
    expect(text).toBe("OPERATION_NOT_TRUSTED");
    stream.destroy();
  });
});

describe("an event stream from an upstream that does not say it is unencoded", () => {
  // Yoga marks its streams `Content-Encoding: none`, which compression leaves alone by itself;
  // this stand-in does not, so only the admin's own filter keeps the event from being held.
  let upstream: Server;
  let plainAdmin: RunningAdmin;
  beforeAll(async () => {
    upstream = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('event: next\ndata: {"data":{"ping":true}}\n\n');
    });
    const port = await freePort();
    await new Promise<void>((resolve) => upstream.listen(port, "127.0.0.1", resolve));
    plainAdmin = await startAdminServer({ API_URL: `http://127.0.0.1:${port}` });
  }, 60_000);
  afterAll(async () => {
    await plainAdmin?.stop();
    upstream?.closeAllConnections();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  it("still passes each event through at once, uncompressed", async () => {
    const stream = await subscribe("subscription { ping }", {}, plainAdmin.origin);
    expect(stream.headers["content-encoding"]).toBeUndefined();
    expect(await readUntil(stream, /data: (.*)\n\n/, 2000)).toBe('{"data":{"ping":true}}');
    stream.destroy();
  });
});

describe("compressing answers", () => {
  const answer = (type: string) => ({ getHeader: () => type }) as unknown as Response;
  const asked = { headers: { "accept-encoding": "br" } } as never;

  it("leaves event streams alone and compresses what compression would", () => {
    expect(shouldCompress(asked, answer("text/event-stream"))).toBe(false);
    expect(shouldCompress(asked, answer("application/json; charset=utf-8"))).toBe(true);
  });
});
