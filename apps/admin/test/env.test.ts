import { describe, expect, it } from "vitest";
import { readEnv } from "../env.ts";

describe("readEnv", () => {
  it("defaults to the API and public site on this machine", () => {
    expect(readEnv({})).toEqual({
      API_URL: "http://localhost:4000",
      PUBLIC_SITE_URL: "http://localhost:3000",
      PORT: 3001,
    });
  });

  it("keeps only the origin of each URL", () => {
    const env = readEnv({
      API_URL: "http://localhost:4200/graphql",
      PUBLIC_SITE_URL: "https://trustatlas.example/",
    });
    expect(env).toMatchObject({
      API_URL: "http://localhost:4200",
      PUBLIC_SITE_URL: "https://trustatlas.example",
    });
  });

  it("refuses what is not an http(s) URL, naming the variable", () => {
    expect(() => readEnv({ API_URL: "localhost:4000" })).toThrow(/API_URL/);
    expect(() => readEnv({ API_URL: "ftp://example.org" })).toThrow(/API_URL/);
  });

  it.each(["0", "65536", "80.5", "http", ""])("refuses PORT=%j", (port) => {
    expect(() => readEnv({ PORT: port })).toThrow(/PORT/);
  });

  it("reads the port of the production server", () => {
    expect(readEnv({ PORT: "3411" }).PORT).toBe(3411);
  });
});
