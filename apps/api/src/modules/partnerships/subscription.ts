import { tables } from "@atlas/db";
import { eq } from "drizzle-orm";
import { filter, pipe } from "graphql-yoga";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { isCurator } from "../../shared/actor.ts";
import { badUserInput, forbidden, unauthenticated } from "../../shared/errors.ts";
import { rowIdOf } from "../../shared/global-id.ts";
import { schoolIdOf } from "../schools/member-scopes.ts";
import { sideOf } from "./service.ts";
import { PartnershipRef } from "./types.ts";
import type { PartnershipUpdate } from "./updates.ts";

interface Args {
  trustId?: string | null;
  urn?: number | null;
  partnershipId?: string | null;
}

/** What one subscription listens to: one trust's, one school's or one partnership's changes. */
async function watchOf(ctx: Context, args: Args) {
  const given = [args.trustId, args.urn, args.partnershipId].filter((v) => v != null);
  if (given.length !== 1) {
    throw badUserInput("Give exactly one of trustId, urn or partnershipId.", []);
  }
  if (args.trustId != null) return { trustId: rowIdOf(args.trustId, "Trust") ?? "" };
  if (args.urn != null) return { schoolId: (await schoolIdOf(ctx, args.urn)) ?? "" };
  return { partnershipId: rowIdOf(args.partnershipId ?? "", "Partnership") ?? "" };
}

/** Who may listen: a trust's administrators, a school's members, curators; a partnership's own readers. */
async function listenersOf(ctx: Context, args: Args) {
  const watch = await watchOf(ctx, args);
  if ("trustId" in watch) return { trustAdmin: watch.trustId, curator: true };
  if ("schoolId" in watch) return { schoolMember: watch.schoolId, curator: true };
  // Each change is then read as Partnership, which only its sides and curators may.
  return { signedIn: true };
}

/**
 * The same rule, checked when the subscription opens: scope checks run as each event is
 * resolved, so without this an outsider would hold a stream open and hear nothing but errors.
 */
async function assertMayListen(ctx: Context, watch: Awaited<ReturnType<typeof watchOf>>) {
  if (!ctx.viewer) throw unauthenticated();
  if (isCurator(ctx.viewer)) return;
  let sides: { schoolId: string; trustId: string } | undefined;
  if ("partnershipId" in watch) {
    [sides] = await ctx.db
      .select({ schoolId: tables.partnerships.schoolId, trustId: tables.partnerships.trustId })
      .from(tables.partnerships)
      .where(eq(tables.partnerships.id, watch.partnershipId || NO_ROW));
  } else {
    sides = { schoolId: "", trustId: "", ...watch };
  }
  // The same test that decides which side a person acts for when taking a step.
  if (!sides || sideOf(ctx.viewer, sides) === null) throw forbidden();
}

/** A UUID no row has, for an id that decoded to nothing. */
const NO_ROW = "00000000-0000-0000-0000-000000000000";

builder.subscriptionField("partnershipUpdated", (t) =>
  t.drizzleField({
    type: PartnershipRef,
    description:
      "Each partnership as it changes (a request, a step), for one trust's inbox (trustId, its administrators and curators), one school's list (urn, its members and curators) or one partnership (partnershipId, its two sides and curators).",
    args: {
      trustId: t.arg.id({ required: false }),
      urn: t.arg.int({ required: false }),
      partnershipId: t.arg.id({ required: false }),
    },
    authScopes: (_root, args, ctx) => listenersOf(ctx, args),
    subscribe: async (_root, args, ctx) => {
      const watch = await watchOf(ctx, args);
      await assertMayListen(ctx, watch);
      const mine = (u: PartnershipUpdate) =>
        "trustId" in watch
          ? u.trustId === watch.trustId
          : "schoolId" in watch
            ? u.schoolId === watch.schoolId
            : u.partnershipId === watch.partnershipId;
      return pipe(ctx.partnershipUpdates.subscribe("partnership:updated"), filter(mine));
    },
    // Yoga hands each event the subscription yields to resolve as its root value.
    resolve: async (query, root, _args, ctx) => {
      const update = root as unknown as PartnershipUpdate;
      const found = await ctx.db.query.partnerships.findFirst(
        query({ where: { id: update.partnershipId } }),
      );
      if (!found) throw new Error("a partnership just changed vanished");
      return found;
    },
  }),
);
