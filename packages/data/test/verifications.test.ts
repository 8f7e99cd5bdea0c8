import { trustVerificationSchema } from "@atlas/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { type DemoData, generateDemoData } from "../src/index.ts";

let data: DemoData;
beforeAll(() => {
  data = generateDemoData();
});

describe("the demo verifications", () => {
  it("verifies the demo trust and leaves the second demo trust unverified", () => {
    const verified = new Set(data.trustVerifications.map((v) => v.trustId));
    expect(verified.has(data.demo.trustAdminTrust.id)).toBe(true);
    expect(verified.has(data.demo.otherTrustAdminTrust.id)).toBe(false);
  });

  it("verifies about half of the trusts with a published profile, and only those", () => {
    const withProfile = new Set(
      data.trustDocumentVersions.filter((v) => v.kind === "PROFILE").map((v) => v.trustId),
    );
    const verified = data.trustVerifications.map((v) => v.trustId);
    expect(new Set(verified).size).toBe(verified.length);
    expect(verified.every((id) => withProfile.has(id))).toBe(true);
    const share = verified.length / withProfile.size;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.6);
  });

  it("records checks a curator could have entered, by the demo curator", () => {
    const curator = data.users.find((u) => u.email.startsWith("curator@"));
    for (const v of data.trustVerifications) {
      const { notes, ...checks } = v;
      const parsed = trustVerificationSchema("2026-01-05").safeParse({
        ...checks,
        notes: notes ?? undefined,
      });
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(v.verifiedBy).toBe(curator?.id);
      expect(v.sectorBodyId).toBe(data.demo.sectorBody.id);
    }
  });
});
