import { savedSearchInputSchema, type TrustFilter, urnSchema } from "@atlas/domain";
import { z } from "zod";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { SavedSearchAlertFrequencyEnum } from "../../shared/enums.ts";
import { NotFoundError, parseInput, ValidationError } from "../../shared/errors.ts";
import { globalIdOf, rowIdOf } from "../../shared/global-id.ts";
import { UserErrorInterface } from "../../shared/user-error-types.ts";
import { actsForSchool, schoolIdOf } from "../schools/member-scopes.ts";
import { withSchool } from "../schools/payload-school.ts";
import { SchoolRef } from "../schools/schema.ts";
import { actorOf } from "../trust-documents/inputs.ts";
import { TrustRef } from "../trusts/schema.ts";
import { TrustFilterInput } from "../trusts/search-schema.ts";
import {
  deleteSavedSearch,
  markSeen,
  matchingTrustIds,
  ownSavedSearch,
  type SavedSearchRow,
  savedSearchesOf,
  saveSearch,
  setSavedSearchAlerts,
  TooManySavedSearchesError,
  unsubscribeSavedSearch,
} from "./service.ts";

builder.objectType(TooManySavedSearchesError, {
  name: "TooManySavedSearchesError",
  description: "The member keeps as many saved searches for the school as Trust Atlas allows.",
  interfaces: [UserErrorInterface],
  fields: () => ({}),
});

// Each saved search's matches are worked out once per request, however many fields ask.
const matches = new WeakMap<SavedSearchRow, Promise<string[]>>();
function matchesOf(row: SavedSearchRow, ctx: Context): Promise<string[]> {
  let found = matches.get(row);
  if (!found) {
    found = matchingTrustIds(ctx.db, row.filter as TrustFilter);
    matches.set(row, found);
  }
  return found;
}
const newIdsOf = async (row: SavedSearchRow, ctx: Context) => {
  const seen = new Set(row.seenTrustIds);
  return (await matchesOf(row, ctx)).filter((id) => !seen.has(id));
};

const SavedSearchRef = builder.objectRef<SavedSearchRow>("SavedSearch").implement({
  description: "A trust search a school member keeps under a name. Private: the member's own.",
  fields: (t) => ({
    id: t.id({ resolve: (s) => globalIdOf("SavedSearch", s.id) }),
    name: t.exposeString("name"),
    filter: t.field({
      type: "JSON",
      description: "The search's filter, as TrustFilter takes it.",
      resolve: (s) => s.filter,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    seenAt: t.expose("seenAt", { type: "DateTime", description: "When the member last looked." }),
    alerts: t.field({
      type: SavedSearchAlertFrequencyEnum,
      description: "How the member hears by email that a trust has started to match.",
      resolve: (s) => s.alerts,
    }),
    matchCount: t.int({
      description: "How many trusts match it now.",
      resolve: async (s, _args, ctx) => (await matchesOf(s, ctx)).length,
    }),
    newTrusts: t.field({
      type: [TrustRef],
      description: "Trusts that match now but did not when the member last looked, by name.",
      resolve: async (s, _args, ctx) => {
        const ids = await newIdsOf(s, ctx);
        if (ids.length === 0) return [];
        return ctx.db.query.trusts.findMany({
          where: { id: { in: ids } },
          orderBy: { name: "asc" },
        }) as never;
      },
    }),
  }),
});

builder.drizzleObjectFields(SchoolRef, (t) => ({
  savedSearches: t.field({
    type: [SavedSearchRef],
    nullable: true,
    description:
      "The signed-in member's saved searches for this school, newest first. Private: the school's members, each their own.",
    authScopes: (school) => ({ schoolMember: school.id }),
    resolve: (school, _args, ctx) => savedSearchesOf(ctx.db, school.id, ctx.viewer?.id ?? ""),
  }),
}));

const SaveSearchInput = builder.inputType("SaveSearchInput", {
  fields: (t) => ({
    urn: t.int({ required: true, description: "The URN of your school." }),
    name: t.string({ required: true, description: "What to call it, up to 200 characters." }),
    filter: t.field({ type: TrustFilterInput, required: true }),
    alerts: t.field({
      type: SavedSearchAlertFrequencyEnum,
      description: "Email when a trust starts to match: IMMEDIATE unless you say otherwise.",
    }),
  }),
});

const SetAlertsInput = builder.inputType("SetSavedSearchAlertsInput", {
  fields: (t) => ({
    id: t.id({ required: true, description: "The saved search's id." }),
    alerts: t.field({ type: SavedSearchAlertFrequencyEnum, required: true }),
  }),
});
const UnsubscribeInput = builder.inputType("UnsubscribeSavedSearchInput", {
  fields: (t) => ({
    token: t.string({
      required: true,
      description: "The token from the email's unsubscribe link.",
    }),
  }),
});
const UnsubscribePayload = builder
  .objectRef<{ name: string; schoolName: string }>("UnsubscribeSavedSearchPayload")
  .implement({
    fields: (t) => ({
      savedSearchName: t.exposeString("name"),
      schoolName: t.exposeString("schoolName"),
    }),
  });

const SavedSearchIdInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({ id: t.id({ required: true, description: "The saved search's id." }) }),
  });
const MarkSeenInput = SavedSearchIdInput("MarkSavedSearchSeenInput");
const DeleteInput = SavedSearchIdInput("DeleteSavedSearchInput");

const SaveSearchPayload = withSchool(
  builder.objectRef<{ schoolId: string; row: SavedSearchRow }>("SaveSearchPayload").implement({
    fields: (t) => ({ savedSearch: t.field({ type: SavedSearchRef, resolve: (p) => p.row }) }),
  }),
);
const SavedSearchPayload = builder
  .objectRef<{ row: SavedSearchRow }>("MarkSavedSearchSeenPayload")
  .implement({
    fields: (t) => ({ savedSearch: t.field({ type: SavedSearchRef, resolve: (p) => p.row }) }),
  });
const SetAlertsPayload = builder
  .objectRef<{ row: SavedSearchRow }>("SetSavedSearchAlertsPayload")
  .implement({
    fields: (t) => ({ savedSearch: t.field({ type: SavedSearchRef, resolve: (p) => p.row }) }),
  });
const DeletePayload = builder.objectRef<{ id: string }>("DeleteSavedSearchPayload").implement({
  fields: (t) => ({ deletedId: t.exposeID("id") }),
});

/** The member's own saved search named by a mutation's input; anyone else's is not found. */
async function ownOrNotFound(ctx: Context, globalId: string): Promise<SavedSearchRow> {
  const id = rowIdOf(globalId, "SavedSearch");
  const row = id ? await ownSavedSearch(ctx.db, id, actorOf(ctx)) : null;
  if (!row) throw new NotFoundError(["input", "id"], "You have no saved search with this id.");
  return row;
}

builder.mutationFields((t) => ({
  saveSearch: t.field({
    type: SaveSearchPayload,
    description:
      "Keeps a trust search under a name, for you and your school; what it matches now counts as seen. Members of the school only.",
    args: { input: t.arg({ type: SaveSearchInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError, TooManySavedSearchesError] },
    authScopes: (_root, { input }, ctx) => actsForSchool(ctx, input.urn),
    resolve: async (_root, { input }, ctx) => {
      const { urn } = parseInput(z.object({ urn: urnSchema }), { urn: input.urn });
      const { name, filter } = parseInput(savedSearchInputSchema, {
        name: input.name,
        filter: input.filter,
      });
      const schoolId = await schoolIdOf(ctx, urn);
      if (!schoolId)
        throw new NotFoundError(["input", "urn"], `There is no school with URN ${urn}.`);
      const row = await saveSearch(ctx.db, {
        userId: actorOf(ctx),
        schoolId,
        name,
        filter,
        alerts: input.alerts ?? undefined,
      });
      return { schoolId, row };
    },
  }),
  markSavedSearchSeen: t.field({
    type: SavedSearchPayload,
    description: "Marks what one of your saved searches matches now as seen.",
    args: { input: t.arg({ type: MarkSeenInput, required: true }) },
    errors: { types: [NotFoundError] },
    authScopes: { signedIn: true },
    resolve: async (_root, { input }, ctx) => {
      const row = await ownOrNotFound(ctx, String(input.id));
      await markSeen(ctx.db, row);
      return { row: (await ownSavedSearch(ctx.db, row.id, row.userId)) ?? row };
    },
  }),
  setSavedSearchAlerts: t.field({
    type: SetAlertsPayload,
    description:
      "Changes how you hear by email that a trust has started to match one of your saved searches.",
    args: { input: t.arg({ type: SetAlertsInput, required: true }) },
    errors: { types: [NotFoundError] },
    authScopes: { signedIn: true },
    resolve: async (_root, { input }, ctx) => {
      const row = await ownOrNotFound(ctx, String(input.id));
      return { row: await setSavedSearchAlerts(ctx.db, row, input.alerts) };
    },
  }),
  unsubscribeSavedSearch: t.field({
    type: UnsubscribePayload,
    description:
      "Stops the emails about one saved search, from the link in one of them. Anyone holding the link may: it needs no sign-in, as mail clients' one-click unsubscribe does not sign in.",
    args: { input: t.arg({ type: UnsubscribeInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError] },
    resolve: async (_root, { input }, ctx) => {
      const { token } = parseInput(
        z.object({
          token: z.uuid("This unsubscribe link is not one of ours: check it was copied whole."),
        }),
        { token: input.token },
        ["input"],
      );
      const done = await unsubscribeSavedSearch(ctx.db, token);
      if (!done)
        throw new NotFoundError(
          ["input", "token"],
          "This unsubscribe link no longer matches a saved search: it may have been deleted.",
        );
      return done;
    },
  }),
  deleteSavedSearch: t.field({
    type: DeletePayload,
    description: "Deletes one of your saved searches.",
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    errors: { types: [NotFoundError] },
    authScopes: { signedIn: true },
    resolve: async (_root, { input }, ctx) => {
      const row = await ownOrNotFound(ctx, String(input.id));
      await deleteSavedSearch(ctx.db, row.id);
      return { id: String(input.id) };
    },
  }),
}));
