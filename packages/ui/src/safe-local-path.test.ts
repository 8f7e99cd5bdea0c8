import { describe, expect, it } from "vitest";
import { safeLocalPath } from "./safe-local-path.ts";

describe("safeLocalPath", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeLocalPath("/trusts?q=oak&region=london#results")).toBe(
      "/trusts?q=oak&region=london#results",
    );
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "/.//evil.example",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "trusts",
    "",
    42,
    null,
  ])("refuses %j", (raw) => {
    expect(safeLocalPath(raw)).toBe("/");
  });

  it("gives the fallback for excluded paths", () => {
    expect(safeLocalPath("/sign-in?x=1", { exclude: ["/sign-in"], fallback: "/home" })).toBe(
      "/home",
    );
  });
});
