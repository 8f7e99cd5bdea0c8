import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { imageSources, securityHeaders } from "../server/security-headers.ts";

/** The Content-Security-Policy a page gets with these options, directive by directive. */
async function policyWith(options: Parameters<typeof securityHeaders>[0]) {
  const app = express();
  app.use(securityHeaders(options));
  app.get("/", (_req, res) => {
    res.send("ok");
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`);
    await response.text();
    const csp = response.headers.get("content-security-policy") ?? "";
    return new Map(
      csp.split(";").map((d) => {
        const [name = "", ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe("the Content-Security-Policy's img-src", () => {
  it("allows only this site and data: without map tiles", async () => {
    expect((await policyWith({})).get("img-src")).toEqual(["'self'", "data:"]);
    expect((await policyWith({ mapTileUrl: null })).get("img-src")).toEqual(["'self'", "data:"]);
  });

  it("allows the tile host when MAP_TILE_URL is set, and nothing else changes", async () => {
    const plain = await policyWith({});
    const tiled = await policyWith({ mapTileUrl: "https://{s}.tile.example.org/{z}/{x}/{y}.png" });
    expect(tiled.get("img-src")).toEqual(["'self'", "data:", "https://*.tile.example.org"]);
    for (const [name, values] of plain) {
      if (name !== "img-src" && name !== "script-src") expect(tiled.get(name)).toEqual(values);
    }
    expect(tiled.get("style-src")).toEqual(["'self'"]);
    expect(tiled.get("connect-src")).toEqual(["'self'"]);
  });

  it.each([
    [undefined, ["'self'", "data:"]],
    ["", ["'self'", "data:"]],
    ["https://tiles.example.org/{z}/{x}/{y}.png", ["'self'", "data:", "https://tiles.example.org"]],
    // Never anything a template could smuggle in.
    ["https://tiles.example.org 'unsafe-inline'/{z}/{x}/{y}.png", ["'self'", "data:"]],
  ])("imageSources(%o)", (template, expected) => {
    expect(imageSources(template)).toEqual(expected);
  });
});
