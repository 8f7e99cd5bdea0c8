import { describe, expect, it } from "vitest";
import { readEnv } from "./env.server.ts";

describe("readEnv", () => {
  it("runs with nothing set: port 3000, no proxy trusted, no map tiles", () => {
    expect(readEnv({})).toEqual({
      API_URL: "http://localhost:4000/graphql",
      ADMIN_URL: "http://localhost:3001",
      PORT: 3000,
      TRUST_PROXY: false,
      MAP_TILE_URL: null,
      MAP_TILE_ATTRIBUTION: null,
    });
    // Empty is not set.
    expect(readEnv({ MAP_TILE_URL: "", MAP_TILE_ATTRIBUTION: "" })).toMatchObject({
      MAP_TILE_URL: null,
      MAP_TILE_ATTRIBUTION: null,
    });
  });

  it("reads the map's tile URL template and its credit", () => {
    const env = readEnv({
      MAP_TILE_URL: " https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png ",
      MAP_TILE_ATTRIBUTION:
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    });
    expect(env.MAP_TILE_URL).toBe("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png");
    expect(env.MAP_TILE_ATTRIBUTION).toBe(
      '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    );
  });

  it.each([
    "tiles.example.org/{z}/{x}/{y}.png",
    "javascript:alert(1)",
    "https://tiles.example.org/map.png",
    "https://tiles.{s}.example.org/{z}/{x}/{y}.png",
  ])("stops at start-up on a tile URL it cannot use: %s", (template) => {
    expect(() => readEnv({ MAP_TILE_URL: template })).toThrow(/MAP_TILE_URL/);
  });

  it("reads TRUST_PROXY as Express's trust proxy setting", () => {
    const trust = (value: string) => readEnv({ TRUST_PROXY: value }).TRUST_PROXY;
    expect(trust("false")).toBe(false);
    // One proxy, as the API's TRUST_PROXY=true means: the last X-Forwarded-For entry.
    expect(trust("true")).toBe(1);
    expect(trust("2")).toBe(2);
    expect(trust("loopback, 10.0.0.0/8")).toEqual(["loopback", "10.0.0.0/8"]);
  });

  it("stops at start-up on a bad value, naming the variable", () => {
    expect(() => readEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => readEnv({ TRUST_PROXY: " , " })).toThrow(/TRUST_PROXY/);
  });
});
