import type { ObjectRef } from "@pothos/core";
import { builder } from "../../builder.ts";
import { SchoolRef } from "../schools/schema.ts";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** Gives a shortlist mutation's payload the school, so a client can redraw its shortlist. */
export function withSchool<Shape extends { schoolId: string }>(ref: ObjectRef<Types, Shape>) {
  builder.objectField(ref, "school", (t) =>
    t.drizzleField({
      type: SchoolRef,
      description: "The school, with its shortlist as it is after the change.",
      resolve: async (query, { schoolId }, _args, ctx) => {
        const school = await ctx.db.query.schools.findFirst(query({ where: { id: schoolId } }));
        if (!school) throw new Error("the school of a payload vanished");
        return school;
      },
    }),
  );
  return ref;
}
