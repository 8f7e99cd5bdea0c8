import { describe, expect, it } from "vitest";
import { accessFrom, navigationFor, type RoleGrantLike } from "../src/session/access.ts";
import { resolvePageTrust, trustDocumentHref } from "../src/trust-documents/page-trust.ts";

const oak = { id: "T1", name: "Oak Learning Trust" };
const ash = { id: "T2", name: "Ash Academies" };
const body = { id: "S1", name: "National Trust Association" };
const admin: RoleGrantLike[] = [
  { role: "TRUST_ADMIN", trust: oak },
  { role: "TRUST_ADMIN", trust: ash },
];
const curator: RoleGrantLike[] = [{ role: "CURATOR", sectorBody: body }];

describe("which trust a profile or scheme page shows", () => {
  it("shows an administrator the trust their dashboard shows first, and offers the others", () => {
    expect(resolvePageTrust(accessFrom(admin), undefined)).toEqual({
      kind: "trust",
      trustId: "T2",
      knownName: "Ash Academies",
      canEdit: true,
      canUnpublish: false,
      otherTrusts: [oak],
    });
    expect(resolvePageTrust(accessFrom(admin), "T1")).toMatchObject({
      trustId: "T1",
      canEdit: true,
      otherTrusts: [ash],
    });
  });

  it("lets a curator read any trust, without editing it, and asks them to choose one", () => {
    expect(resolvePageTrust(accessFrom(curator), "T9")).toMatchObject({
      kind: "trust",
      trustId: "T9",
      canEdit: false,
      canUnpublish: true,
    });
    expect(resolvePageTrust(accessFrom(curator), undefined)).toEqual({ kind: "choose-trust" });
  });

  it("refuses anyone else, and an administrator another trust", () => {
    expect(resolvePageTrust(accessFrom([]), undefined)).toEqual({ kind: "not-allowed" });
    expect(resolvePageTrust(accessFrom(admin), "T9")).toEqual({ kind: "not-allowed" });
  });

  it("marks the area current on a trust's own page", () => {
    const current = (path: string) =>
      navigationFor(accessFrom(admin), path)
        .filter((i) => i.current)
        .map((i) => i.label);
    expect(current(trustDocumentHref("profile", "T1"))).toEqual(["Trust profile"]);
    expect(current(trustDocumentHref("scheme", "T1"))).toEqual(["Scheme of delegation"]);
    expect(current("/trust-profile")).toEqual(["Trust profile"]);
    expect(trustDocumentHref("profile", "VHJ1c3Q6MQ==")).toBe("/trusts/VHJ1c3Q6MQ%3D%3D/profile");
  });
});
