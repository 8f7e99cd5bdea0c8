import { describe, expect, it } from "vitest";
import { readEnv } from "../env.ts";

describe("readEnv", () => {
  it("defaults to the API and public site on this machine", () => {
    expect(readEnv({})).toEqual({
      API_URL: "http://localhost:4000",
      PUBLIC_SITE_URL: "http://localhost:3000",
    });
  });

  it("keeps only the origin of each URL", () => {
    const env = readEnv({
      API_URL: "http://localhost:4200/graphql",
      PUBLIC_SITE_URL: "https://trustatlas.example/",
    });
    expect(env).toEqual({
      API_URL: "http://localhost:4200",
      PUBLIC_SITE_URL: "https://trustatlas.example",
    });
  });

  it("refuses what is not an http(s) URL, naming the variable", () => {
    expect(() => readEnv({ API_URL: "localhost:4000" })).toThrow(/API_URL/);
    expect(() => readEnv({ API_URL: "ftp://example.org" })).toThrow(/API_URL/);
  });
});
