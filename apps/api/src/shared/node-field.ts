import { tables } from "@atlas/db";
import { eq } from "drizzle-orm";
import { builder } from "../builder.ts";
import { decodeNodeId } from "./global-id.ts";

const tableOf = { Trust: tables.trusts, School: tables.schools } as const;

// Relay's own `node` field fails with an internal error on an id it cannot read or a row that
// is not there; a client holding a stale or mistyped id should learn only that there is no such
// node. The existence check costs one small statement: `node` serves single refetches, and the
// apps use `trust(id)` and `school(urn)`.
builder.queryField("node", (t) =>
  t.node({
    description:
      "The object with this global ID (a Trust or a School), or null when there is none.",
    args: { id: t.arg.id({ required: true, description: "A global ID, from an object's id." }) },
    id: async (_root, args, ctx) => {
      const decoded = decodeNodeId(args.id);
      if (!decoded) return null;
      const table = tableOf[decoded.typename];
      const found = await ctx.db
        .select({ id: table.id })
        .from(table)
        .where(eq(table.id, decoded.id))
        .limit(1);
      return found.length > 0 ? args.id : null;
    },
  }),
);
