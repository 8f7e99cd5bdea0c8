import { shortlistNoteSchema, urnSchema } from "@atlas/domain";
import { z } from "zod";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { NotFoundError, parseInput, ValidationError } from "../../shared/errors.ts";
import { globalIdOf, rowIdOf } from "../../shared/global-id.ts";
import { UserErrorInterface } from "../../shared/user-error-types.ts";
import { actsForSchool, schoolIdOf } from "../schools/member-scopes.ts";
import { withSchool } from "../schools/payload-school.ts";
import { actorOf } from "../trust-documents/inputs.ts";
import { ShortlistEntryRef } from "./entry.ts";
import { TrustClosedError } from "./errors.ts";
import { addToShortlist, removeFromShortlist, trustById } from "./service.ts";

builder.objectType(TrustClosedError, {
  name: "TrustClosedError",
  description: "The trust is closed, so it cannot be shortlisted.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({ trustName: t.exposeString("trustName") }),
});

const AddInput = builder.inputType("AddToShortlistInput", {
  fields: (t) => ({
    urn: t.int({ required: true, description: "The URN of your school." }),
    trustId: t.id({ required: true, description: "The trust to shortlist." }),
    note: t.string({
      required: false,
      description:
        "Why it is on the list, up to 2,000 characters. Left out, a note already there stays.",
    }),
  }),
});

const RemoveInput = builder.inputType("RemoveFromShortlistInput", {
  fields: (t) => ({
    urn: t.int({ required: true, description: "The URN of your school." }),
    trustId: t.id({ required: true, description: "The trust to take off the shortlist." }),
  }),
});

const AddPayload = withSchool(
  builder.objectRef<{ schoolId: string; trustId: string }>("AddToShortlistPayload").implement({
    fields: (t) => ({
      entry: t.drizzleField({
        type: ShortlistEntryRef,
        description: "The trust's entry, with its note as it is now.",
        resolve: async (query, { schoolId, trustId }, _args, ctx) => {
          const entry = await ctx.db.query.shortlistEntries.findFirst(
            query({ where: { schoolId, trustId } }),
          );
          if (!entry) throw new Error("a shortlist entry just written vanished");
          return entry;
        },
      }),
    }),
  }),
);

const RemovePayload = withSchool(
  builder.objectRef<{ schoolId: string; trustId: string }>("RemoveFromShortlistPayload").implement({
    fields: (t) => ({
      removedTrustId: t.id({
        description: "The trust no longer on the shortlist (whether or not it was on it).",
        resolve: ({ trustId }) => globalIdOf("Trust", trustId),
      }),
    }),
  }),
);

/** The school named by the input; the scopes have already required its membership. */
async function schoolOf(ctx: Context, urn: number): Promise<string> {
  const schoolId = await schoolIdOf(ctx, urn);
  if (!schoolId) throw new NotFoundError(["input", "urn"], `There is no school with URN ${urn}.`);
  return schoolId;
}

function trustRowIdOf(trustId: string): string {
  const rowId = rowIdOf(trustId, "Trust");
  if (!rowId) {
    throw new NotFoundError(
      ["input", "trustId"],
      "This is not the id of a trust: use a trust's id field.",
    );
  }
  return rowId;
}

const addSchema = z.object({ urn: urnSchema, note: shortlistNoteSchema.optional() });
const removeSchema = z.object({ urn: urnSchema });

builder.mutationFields((t) => ({
  addToShortlist: t.field({
    type: AddPayload,
    description:
      "Adds a trust to your school's shortlist, or sets its note when it is there already. Members of the school only.",
    args: { input: t.arg({ type: AddInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError, TrustClosedError] },
    authScopes: (_root, { input }, ctx) => actsForSchool(ctx, input.urn),
    resolve: async (_root, { input }, ctx) => {
      const { urn, note } = parseInput(addSchema, {
        urn: input.urn,
        note: input.note ?? undefined,
      });
      const schoolId = await schoolOf(ctx, urn);
      const trust = await trustById(ctx.db, trustRowIdOf(input.trustId));
      if (!trust) throw new NotFoundError(["input", "trustId"], "There is no such trust.");
      if (trust.status === "CLOSED") throw new TrustClosedError(trust.name);
      await addToShortlist(ctx.db, { schoolId, trustId: trust.id, note, addedBy: actorOf(ctx) });
      return { schoolId, trustId: trust.id };
    },
  }),
  removeFromShortlist: t.field({
    type: RemovePayload,
    description:
      "Takes a trust off your school's shortlist; one not on it is no error. Members of the school only.",
    args: { input: t.arg({ type: RemoveInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError] },
    authScopes: (_root, { input }, ctx) => actsForSchool(ctx, input.urn),
    resolve: async (_root, { input }, ctx) => {
      const { urn } = parseInput(removeSchema, { urn: input.urn });
      const schoolId = await schoolOf(ctx, urn);
      const trustId = trustRowIdOf(input.trustId);
      await removeFromShortlist(ctx.db, { schoolId, trustId });
      return { schoolId, trustId };
    },
  }),
}));
