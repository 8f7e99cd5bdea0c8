import { describe, expect, it } from "vitest";
import { safeRedirectTarget, signInHref } from "./redirect.ts";

describe("safeRedirectTarget", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeRedirectTarget("/trusts?q=oak&region=london")).toBe("/trusts?q=oak&region=london");
    expect(safeRedirectTarget("/schools/100000#trust")).toBe("/schools/100000#trust");
    expect(safeRedirectTarget("/")).toBe("/");
  });

  it.each([
    ["another site", "https://evil.example/"],
    ["a protocol-relative URL", "//evil.example/path"],
    ["dot segments that collapse to //", "/.//evil.example"],
    ["a backslash trick", "/\\evil.example"],
    ["a backslash later on", "/foo\\..\\\\evil.example"],
    ["a hidden tab", "/\t/evil.example"],
    ["a hidden newline", "/\n/evil.example"],
    ["a script URL", "javascript:alert(1)"],
    ["a data URL", "data:text/html,hi"],
    ["a relative path", "trusts"],
    ["nothing", ""],
    ["only spaces", "   "],
    ["not a string", 42],
    ["null", null],
    ["a very long path", `/${"a".repeat(2001)}`],
  ])("refuses %s", (_what, target) => {
    expect(safeRedirectTarget(target)).toBe("/");
  });

  it("does not send people back to the sign-in or sign-out page", () => {
    expect(safeRedirectTarget("/sign-in?redirectTo=/x")).toBe("/");
    expect(safeRedirectTarget("/sign-out")).toBe("/");
  });

  it("uses the fallback given", () => {
    expect(safeRedirectTarget("//evil.example", "/trusts")).toBe("/trusts");
  });

  it("normalises dot segments without leaving the site", () => {
    expect(safeRedirectTarget("/trusts/../schools/100000")).toBe("/schools/100000");
    expect(safeRedirectTarget("/../../etc")).toBe("/etc");
  });
});

describe("signInHref", () => {
  it("asks to come back to the page the person was on", () => {
    expect(signInHref("/trusts?q=oak")).toBe("/sign-in?redirectTo=%2Ftrusts%3Fq%3Doak");
  });

  it("needs no parameter to come back home, or from the sign-in page itself", () => {
    expect(signInHref("/")).toBe("/sign-in");
    expect(signInHref("/sign-in")).toBe("/sign-in");
  });
});
