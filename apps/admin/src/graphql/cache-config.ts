import type { CacheExchangeOpts, KeyingConfig } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import schema from "../gql/introspection.ts";

/**
 * Types without an `id` are embedded in their parent rather than normalised: a role grant, a
 * connection and its edges, page info, a trust's count of schools in a phase, field issues and
 * mutation payloads only mean something where they were fetched. Saying so here keeps graphcache from warning about missing keys.
 */
const embedded = (): null => null;

export const keys: KeyingConfig = {
  // A local authority is identified by the register's three-digit code.
  LocalAuthority: (authority) =>
    typeof authority.code === "number" ? String(authority.code) : null,
  RoleGrant: embedded,
  TrustMembership: embedded,
  Location: embedded,
  FieldIssue: embedded,
  PageInfo: embedded,
  PhaseCount: embedded,
  QueryTrustsConnection: embedded,
  QueryTrustsConnectionEdge: embedded,
  QuerySchoolsConnection: embedded,
  QuerySchoolsConnectionEdge: embedded,
  TrustSchoolsConnection: embedded,
  TrustSchoolsConnectionEdge: embedded,
  SignInPayload: embedded,
  SignOutPayload: embedded,
  InvalidCredentialsError: embedded,
  ValidationError: embedded,
};

export const cacheConfig: CacheExchangeOpts = {
  // Schema awareness: graphcache knows interfaces and unions (SignInResult, Node) and which
  // fields may be null, so it can answer partly from cache instead of guessing.
  schema,
  keys,
  resolvers: {
    // A trust's schools grow as one list, a page per "Show more schools" (its totals come
    // from the API, not from the list); the trusts list stays paged, one page per cursor.
    Trust: { schools: relayPagination() },
  },
};
