import type { ObjectRef } from "@pothos/core";
import { builder } from "../../builder.ts";
import { SchoolRef } from "./schema.ts";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** Gives a school member's mutation payload the school, so a client can redraw what changed. */
export function withSchool<Shape extends { schoolId: string }>(ref: ObjectRef<Types, Shape>) {
  builder.objectField(ref, "school", (t) =>
    t.drizzleField({
      type: SchoolRef,
      description: "The school, as it is after the change.",
      resolve: async (query, { schoolId }, _args, ctx) => {
        const school = await ctx.db.query.schools.findFirst(query({ where: { id: schoolId } }));
        if (!school) throw new Error("the school of a payload vanished");
        return school;
      },
    }),
  );
  return ref;
}
