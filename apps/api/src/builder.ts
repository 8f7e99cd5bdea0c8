import { type Relations, relations } from "@atlas/db";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@atlas/domain";
import SchemaBuilder from "@pothos/core";
import DrizzlePlugin from "@pothos/plugin-drizzle";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import type { Context } from "./context.ts";
import { forbidden, unauthenticated } from "./shared/errors.ts";

/**
 * Default deny: a type or field with `authScopes` is private and answers only those its scopes
 * name; the authorization matrix test (test/authorization-matrix.test.ts) lists each one with
 * who may see it, and fails on any it does not know.
 */
export interface AuthScopes {
  signedIn: boolean;
  /** A curator of any sector body: sector bodies curate the listing of every trust. */
  curator: boolean;
  /** A curator of this sector body: what belongs to one body stays with it. */
  curatorOf: string;
  /** Holds TRUST_ADMIN of the trust with this id. */
  trustAdmin: string;
  /** Holds TRUST_ADMIN of any of these trusts. */
  trustAdminOfAny: readonly string[];
  /** Holds SCHOOL_MEMBER of the school with this id. */
  schoolMember: string;
  /** Is the person with this user id. */
  self: string;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  DrizzleRelations: Relations;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: never; Output: unknown };
    /** A file sent in a GraphQL multipart request (graphql-yoga parses those itself). */
    File: { Input: File; Output: never };
  };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, DrizzlePlugin],
  defaultFieldNullability: false,
  drizzle: {
    client: (ctx) => ctx.db,
    relations,
    // The relations include a view (current memberships); Pothos reads keys only from tables.
    getTableConfig: (table) => getTableConfig(table as PgTable),
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodesOnConnection: true,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // `nodes(ids:)` takes any number of ids in one request: refetch one at a time with `node`.
    nodesQueryOptions: false,
    // Our own `node` field (shared/node-field.ts) answers null for ids it cannot read.
    nodeQueryOptions: false,
  },
  errors: {
    defaultTypes: [],
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName.charAt(0).toUpperCase()}${fieldName.slice(1)}Result`,
    },
  },
  scopeAuth: {
    authScopes: (ctx) => {
      const grants = ctx.viewer?.grants ?? [];
      return {
        signedIn: ctx.viewer !== null,
        curator: grants.some((g) => g.role === "CURATOR"),
        curatorOf: (sectorBodyId) =>
          grants.some((g) => g.role === "CURATOR" && g.sectorBodyId === sectorBodyId),
        trustAdminOfAny: (trustIds) =>
          grants.some(
            (g) => g.role === "TRUST_ADMIN" && g.trustId !== null && trustIds.includes(g.trustId),
          ),
        trustAdmin: (trustId) =>
          grants.some((g) => g.role === "TRUST_ADMIN" && g.trustId === trustId),
        self: (userId) => ctx.viewer?.id === userId,
        schoolMember: (schoolId) =>
          grants.some((g) => g.role === "SCHOOL_MEMBER" && g.schoolId === schoolId),
      };
    },
    unauthorizedError: (_parent, ctx) => (ctx.viewer ? forbidden() : unauthenticated()),
  },
});
