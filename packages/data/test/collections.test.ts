import { collectionInputSchema } from "@atlas/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { type DemoData, generateDemoData } from "../src/index.ts";

let data: DemoData;
beforeAll(() => {
  data = generateDemoData();
});

describe("the demo collections", () => {
  it("publishes one for the home page, of North West trusts with special schools, most first", () => {
    const published = data.collections.filter((c) => c.published);
    expect(published.map((c) => c.slug)).toEqual(["special-schools-north-west"]);
    const entries = data.collectionEntries.filter((e) => e.collectionId === published[0]?.id);
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const specialsOf = (trustId: string) => {
      const schools = new Set(
        data.memberships.filter((m) => m.trustId === trustId && !m.leftOn).map((m) => m.schoolId),
      );
      return data.schools.filter(
        (s) => schools.has(s.id) && s.establishmentType.includes("SPECIAL"),
      ).length;
    };
    const counts = entries.map((e) => specialsOf(e.trustId));
    expect(counts.every((n) => n > 0)).toBe(true);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    for (const e of entries) {
      expect(data.trusts.find((t) => t.id === e.trustId)?.region).toBe("NORTH_WEST");
    }
  });

  it("keeps a draft too, and every collection is one a curator could save", () => {
    expect(data.collections.filter((c) => !c.published)).toHaveLength(1);
    for (const c of data.collections) {
      const entries = data.collectionEntries.filter((e) => e.collectionId === c.id);
      expect(entries.map((e) => e.position)).toEqual(entries.map((_, i) => i));
      const parsed = collectionInputSchema.safeParse({ ...c, entries });
      expect(parsed.error).toBeUndefined();
    }
    const curator = data.users.find((u) => u.email.startsWith("curator@"));
    expect(new Set(data.collections.map((c) => c.updatedBy))).toEqual(new Set([curator?.id]));
  });
});
