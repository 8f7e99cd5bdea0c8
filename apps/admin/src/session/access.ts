import type { Role } from "@atlas/domain";

export interface Organisation {
  id: string;
  name: string;
}

/** The parts of a role grant that decide what someone may do here. */
export interface RoleGrantLike {
  role: Role;
  trust?: Organisation | null;
  school?: Organisation | null;
  sectorBody?: Organisation | null;
}

/** What a signed-in person may do in the admin app, from the roles they hold today. */
export interface Access {
  /** Trusts they administer (TRUST_ADMIN), by name. */
  trusts: Organisation[];
  /** Sector bodies they curate for (CURATOR). */
  sectorBodies: Organisation[];
  /** Schools they belong to (SCHOOL_MEMBER): no admin role, shown only to explain that. */
  schools: Organisation[];
  isTrustAdmin: boolean;
  isCurator: boolean;
}

function uniqueByName(organisations: Organisation[]): Organisation[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}

function organisationsFor(
  roles: readonly RoleGrantLike[],
  role: Role,
  pick: (grant: RoleGrantLike) => Organisation | null | undefined,
): Organisation[] {
  return uniqueByName(
    roles.flatMap((grant) => {
      const organisation = grant.role === role ? pick(grant) : null;
      return organisation ? [organisation] : [];
    }),
  );
}

export function accessFrom(roles: readonly RoleGrantLike[]): Access {
  const trusts = organisationsFor(roles, "TRUST_ADMIN", (g) => g.trust);
  const sectorBodies = organisationsFor(roles, "CURATOR", (g) => g.sectorBody);
  const schools = organisationsFor(roles, "SCHOOL_MEMBER", (g) => g.school);
  return {
    trusts,
    sectorBodies,
    schools,
    isTrustAdmin: trusts.length > 0,
    // A curator grant always names its sector body; count the role even if it did not load.
    isCurator: roles.some((g) => g.role === "CURATOR"),
  };
}

/** The blocks of the dashboard, in the order they are shown. */
export type DashboardSection =
  | { kind: "trust"; trust: Organisation }
  | { kind: "trust-list" }
  | { kind: "no-admin-role" };

export function dashboardSectionsFor(access: Access): DashboardSection[] {
  const sections: DashboardSection[] = access.trusts.map((trust) => ({ kind: "trust", trust }));
  if (access.isCurator) sections.push({ kind: "trust-list" });
  return sections.length > 0 ? sections : [{ kind: "no-admin-role" }];
}

/** Who an area of the admin is for. */
export type Audience = "everyone" | "trust-admins" | "curators";

export function canUse(access: Access, audience: Audience): boolean {
  if (audience === "trust-admins") return access.isTrustAdmin;
  if (audience === "curators") return access.isCurator;
  return true;
}

export interface AdminArea {
  href: string;
  label: string;
  audience: Audience;
  /** Other paths that show this area (the same page for one trust by its id). */
  also?: RegExp;
}

/** Every area of the admin, in navigation order. */
export const adminAreas: readonly AdminArea[] = [
  { href: "/", label: "Dashboard", audience: "everyone" },
  {
    href: "/trust-profile",
    label: "Trust profile",
    audience: "trust-admins",
    also: /^\/trusts\/[^/]+\/profile\/?$/,
  },
  {
    href: "/scheme-of-delegation",
    label: "Scheme of delegation",
    audience: "trust-admins",
    also: /^\/trusts\/[^/]+\/scheme-of-delegation\/?$/,
  },
  {
    href: "/partnership-requests",
    label: "Partnership requests",
    audience: "trust-admins",
    also: /^\/trusts\/[^/]+\/partnership-requests\/?$/,
  },
  { href: "/claims", label: "Claims", audience: "curators" },
  { href: "/moderation", label: "Moderation", audience: "curators" },
  { href: "/curation", label: "Curation", audience: "curators" },
  { href: "/audit-log", label: "Audit log", audience: "curators" },
  { href: "/sector-dashboard", label: "Sector dashboard", audience: "curators" },
  { href: "/collections", label: "Collections", audience: "curators" },
];

/** The side navigation: the areas this person can use, the one being shown marked current. */
export function navigationFor(
  access: Access,
  pathname: string,
): { href: string; label: string; current: boolean }[] {
  return adminAreas
    .filter((area) => canUse(access, area.audience))
    .map((area) => ({
      href: area.href,
      label: area.label,
      current:
        area.href === "/"
          ? pathname === "/"
          : pathname === area.href ||
            pathname.startsWith(`${area.href}/`) ||
            (area.also?.test(pathname) ?? false),
    }));
}
