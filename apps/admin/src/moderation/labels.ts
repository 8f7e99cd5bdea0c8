import type { TrustDocumentKind } from "../gql/graphql.ts";

export const documentLabel: Record<TrustDocumentKind, string> = {
  PROFILE: "Profile",
  SCHEME_OF_DELEGATION: "Scheme of delegation",
};

/** What each decision tells the curator will happen, under its radio. */
export const decisionHints = {
  APPROVE: "It stays public, or, if held, the public sees it now.",
  REQUEST_CHANGES:
    "The trust's administrators are emailed your comment. The version stays as it is.",
  UNPUBLISH: "It comes down now; the public sees the version before it, if any.",
} as const;
