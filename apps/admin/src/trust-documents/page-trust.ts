import type { Access, Organisation } from "../session/access.ts";

// Which trust a profile or scheme page is about, and what the signed-in person may do there.
// A trust administrator's own pages (/trust-profile, /scheme-of-delegation) show the trust the
// dashboard shows first (their trusts by name); /trusts/:trustId/… shows any one trust, which is
// how curators reach them from the dashboard's list and how an administrator of several trusts
// moves between theirs.

export type TrustDocumentKind = "profile" | "scheme";

export const documentPaths: Record<TrustDocumentKind, { own: string; segment: string }> = {
  profile: { own: "/trust-profile", segment: "profile" },
  scheme: { own: "/scheme-of-delegation", segment: "scheme-of-delegation" },
};

/** The page of one trust's profile or scheme: /trusts/:trustId/profile. */
export function trustDocumentHref(kind: TrustDocumentKind, trustId: string): string {
  return `/trusts/${encodeURIComponent(trustId)}/${documentPaths[kind].segment}`;
}

export interface PageTrust {
  trustId: string;
  /** The name from the person's roles, until the trust itself has loaded. */
  knownName: string | undefined;
  /** An administrator of this trust: may save and publish. */
  canEdit: boolean;
  /** A curator: may read any trust's drafts and history, and unpublish versions. */
  canUnpublish: boolean;
  /** The other trusts this person administers, to move to. */
  otherTrusts: Organisation[];
}

export type PageTrustResolution =
  | ({ kind: "trust" } & PageTrust)
  /** A curator on /trust-profile: they choose a trust from the dashboard's list. */
  | { kind: "choose-trust" }
  /** Neither an administrator of the trust nor a curator. */
  | { kind: "not-allowed" };

export function resolvePageTrust(access: Access, trustId: string | undefined): PageTrustResolution {
  const id = trustId ?? access.trusts[0]?.id;
  if (id === undefined)
    return access.isCurator ? { kind: "choose-trust" } : { kind: "not-allowed" };
  const administered = access.trusts.find((t) => t.id === id);
  if (!administered && !access.isCurator) return { kind: "not-allowed" };
  return {
    kind: "trust",
    trustId: id,
    knownName: administered?.name,
    canEdit: administered !== undefined,
    canUnpublish: access.isCurator,
    otherTrusts: access.trusts.filter((t) => t.id !== id),
  };
}
