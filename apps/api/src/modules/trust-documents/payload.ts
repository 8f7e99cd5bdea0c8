import type { ObjectRef } from "@pothos/core";
import { builder } from "../../builder.ts";
import { TrustRef } from "../trusts/schema.ts";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** Gives a mutation's payload the trust it changed, as it is now. */
export function withTrust<Shape extends { trustId: string }>(ref: ObjectRef<Types, Shape>) {
  builder.objectField(ref, "trust", (t) =>
    t.drizzleField({
      type: TrustRef,
      description: "The trust, as it is after the change.",
      resolve: async (query, { trustId }, _args, ctx) => {
        const trust = await ctx.db.query.trusts.findFirst(query({ where: { id: trustId } }));
        if (!trust) throw new Error("the trust of a payload vanished");
        return trust;
      },
    }),
  );
  return ref;
}
