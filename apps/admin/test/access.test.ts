import { describe, expect, it } from "vitest";
import {
  accessFrom,
  canUse,
  dashboardSectionsFor,
  navigationFor,
  type RoleGrantLike,
} from "../src/session/access.ts";

const oak = { id: "T1", name: "Oak Learning Trust" };
const ash = { id: "T2", name: "Ash Academies" };
const body = { id: "S1", name: "National Trust Association" };
const school = { id: "U1", name: "Hill Primary School" };

const trustAdmin: RoleGrantLike[] = [{ role: "TRUST_ADMIN", trust: oak }];
const curator: RoleGrantLike[] = [{ role: "CURATOR", sectorBody: body }];
const schoolMember: RoleGrantLike[] = [{ role: "SCHOOL_MEMBER", school }];

describe("dashboardSectionsFor", () => {
  it("shows a trust administrator their trust", () => {
    expect(dashboardSectionsFor(accessFrom(trustAdmin))).toEqual([{ kind: "trust", trust: oak }]);
  });

  it("shows a curator the list of trusts", () => {
    expect(dashboardSectionsFor(accessFrom(curator))).toEqual([{ kind: "trust-list" }]);
  });

  it("shows someone with both roles their trusts (by name), then the list", () => {
    const roles: RoleGrantLike[] = [...trustAdmin, ...curator, { role: "TRUST_ADMIN", trust: ash }];
    expect(dashboardSectionsFor(accessFrom(roles))).toEqual([
      { kind: "trust", trust: ash },
      { kind: "trust", trust: oak },
      { kind: "trust-list" },
    ]);
  });

  it("lists a trust once even if granted twice", () => {
    const access = accessFrom([...trustAdmin, ...trustAdmin]);
    expect(access.trusts).toEqual([oak]);
  });

  it("tells a school member, or someone with no role, that the admin is not for them", () => {
    expect(dashboardSectionsFor(accessFrom(schoolMember))).toEqual([{ kind: "no-admin-role" }]);
    expect(dashboardSectionsFor(accessFrom([]))).toEqual([{ kind: "no-admin-role" }]);
    expect(accessFrom(schoolMember).schools).toEqual([school]);
  });
});

describe("navigationFor", () => {
  const labels = (roles: RoleGrantLike[]) =>
    navigationFor(accessFrom(roles), "/").map((item) => item.label);

  it("offers each role its areas", () => {
    expect(labels(trustAdmin)).toEqual([
      "Dashboard",
      "Trust profile",
      "Scheme of delegation",
      "Partnership requests",
    ]);
    // Curators' areas grow with issue 10 (claims, collections, moderation…): these are certain.
    const curatorAreas = labels(curator);
    expect(curatorAreas[0]).toBe("Dashboard");
    expect(curatorAreas).toEqual(expect.arrayContaining(["Curation", "Audit log"]));
    expect(curatorAreas).not.toContain("Trust profile");
    expect(labels([...trustAdmin, ...curator])).toHaveLength(4 + curatorAreas.length - 1);
    expect(labels(schoolMember)).toEqual(["Dashboard"]);
  });

  it("marks the area being shown as current", () => {
    const current = (pathname: string) =>
      navigationFor(accessFrom([...trustAdmin, ...curator]), pathname)
        .filter((item) => item.current)
        .map((item) => item.href);
    expect(current("/")).toEqual(["/"]);
    expect(current("/curation")).toEqual(["/curation"]);
    expect(current("/curation/queue")).toEqual(["/curation"]);
    expect(current("/curation-extra")).toEqual([]);
    expect(current("/nowhere")).toEqual([]);
  });
});

describe("canUse", () => {
  it("keeps curation for curators and trust areas for trust administrators", () => {
    expect(canUse(accessFrom(curator), "curators")).toBe(true);
    expect(canUse(accessFrom(trustAdmin), "curators")).toBe(false);
    expect(canUse(accessFrom(trustAdmin), "trust-admins")).toBe(true);
    expect(canUse(accessFrom(schoolMember), "trust-admins")).toBe(false);
    expect(canUse(accessFrom(schoolMember), "everyone")).toBe(true);
  });
});
