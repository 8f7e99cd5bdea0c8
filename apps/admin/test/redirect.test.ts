import { describe, expect, it } from "vitest";
import { safeRedirectTarget, signInPathFor } from "../src/session/redirect.ts";

describe("safeRedirectTarget", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeRedirectTarget("/curation")).toBe("/curation");
    expect(safeRedirectTarget("/?q=oak&page=2#results")).toBe("/?q=oak&page=2#results");
  });

  it.each([
    ["nothing", null],
    ["an empty value", ""],
    ["another origin", "https://evil.example/phish"],
    ["a protocol-relative address", "//evil.example/phish"],
    ["dot segments that collapse to //", "/a/..//evil.example"],
    ["a backslash trick", "/\\evil.example"],
    ["a relative path", "curation"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["the sign-in page itself", "/sign-in?redirectTo=/x"],
    ["signing out", "/sign-out"],
  ])("sends %s to the dashboard", (_what, raw) => {
    expect(safeRedirectTarget(raw)).toBe("/");
  });
});

describe("signInPathFor", () => {
  it("remembers where the visitor was going", () => {
    expect(signInPathFor({ pathname: "/curation", search: "?tab=queue" })).toBe(
      "/sign-in?redirectTo=%2Fcuration%3Ftab%3Dqueue",
    );
  });

  it("needs no redirect for the dashboard", () => {
    expect(signInPathFor({ pathname: "/" })).toBe("/sign-in");
  });

  it("builds a target that safeRedirectTarget gives back unchanged", () => {
    const path = signInPathFor({ pathname: "/", search: "?q=st%20mary&page=3&after=abc" });
    const back = new URL(path, "http://x").searchParams.get("redirectTo");
    expect(safeRedirectTarget(back)).toBe("/?q=st%20mary&page=3&after=abc");
  });
});
