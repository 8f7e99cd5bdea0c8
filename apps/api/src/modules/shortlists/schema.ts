import { builder } from "../../builder.ts";
import { readsForSchool, schoolIdOf } from "../schools/member-scopes.ts";
import { SchoolRef } from "../schools/schema.ts";
import { newestFirst, ShortlistEntryRef } from "./entry.ts";
import "./mutations.ts";

builder.drizzleObjectFields(SchoolRef, (t) => ({
  shortlist: t.relation("shortlistEntries", {
    nullable: true,
    description:
      "The trusts the school is considering, newest first. Private: the school's members.",
    authScopes: (school) => ({ schoolMember: school.id }),
    query: { orderBy: newestFirst },
  }),
}));

builder.queryFields((t) => ({
  shortlist: t.drizzleField({
    type: [ShortlistEntryRef],
    nullable: true,
    description:
      "The shortlist of the school with this URN, newest first. Private: the school's members.",
    args: { urn: t.arg.int({ required: true, description: "The school's six-digit URN." }) },
    authScopes: (_root, args, ctx) => readsForSchool(ctx, args.urn),
    resolve: async (query, _root, args, ctx) => {
      // The scopes let only a school's members through, so the school is there.
      const schoolId = (await schoolIdOf(ctx, args.urn)) ?? "";
      return ctx.db.query.shortlistEntries.findMany(
        query({ where: { schoolId }, orderBy: newestFirst }),
      );
    },
  }),
}));
