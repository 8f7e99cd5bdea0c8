import { describe, expect, it } from "vitest";
import { readEnv } from "./env.server.ts";

describe("readEnv", () => {
  it("runs with nothing set: port 3000, no proxy trusted", () => {
    expect(readEnv({})).toEqual({
      API_URL: "http://localhost:4000/graphql",
      ADMIN_URL: "http://localhost:3001",
      PORT: 3000,
      TRUST_PROXY: false,
    });
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
