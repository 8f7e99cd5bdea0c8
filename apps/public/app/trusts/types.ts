import type { TrustPageQuery } from "../gql/graphql.ts";

/** A trust as the trust page asks for it (`TrustPage` in routes/trust.tsx). */
export type TrustPageTrust = NonNullable<TrustPageQuery["trust"]>;
/** The trust's newest published profile: what it says about itself. */
export type TrustProfile = NonNullable<TrustPageTrust["profile"]>;
/** The trust's newest published scheme of delegation. */
export type TrustScheme = NonNullable<TrustPageTrust["schemeOfDelegation"]>;
/** One of the trust's schools on this page of the list. */
export type TrustSchool = TrustPageTrust["schools"]["nodes"][number];
export type TrustFinance = NonNullable<TrustProfile["finance"]>;
export type CentralContribution = TrustFinance["contribution"];
