import type { tables } from "@atlas/db";
import { dateInEngland, trustVerificationSchema } from "@atlas/domain";
import { builder } from "../../builder.ts";
import { curatingBodyOf, signedInViewer } from "../../shared/actor.ts";
import { NotFoundError, parseInput, ValidationError } from "../../shared/errors.ts";
import { rowIdOf } from "../../shared/global-id.ts";
import { TrustRef } from "../trusts/schema.ts";
import { verifyTrust } from "./service.ts";

const curatorsOnly = { curator: true } as const;

export const TrustVerificationRef = builder.drizzleObject("trustVerifications", {
  name: "TrustVerification",
  description:
    "A sector body's verification of a trust: that its listing matches the register and the trust confirmed it. Public, but for the checks' details, which curators alone read.",
  fields: (t) => ({
    checkedOn: t.expose("checkedOn", { type: "Date", description: "When the checks were made." }),
    verifiedAt: t.expose("at", { type: "DateTime" }),
    sectorBodyName: t.string({
      select: { with: { sectorBody: { columns: { name: true } } } },
      resolve: (v) => v.sectorBody.name,
    }),
    verifiedBy: t.exposeString("verifiedByName", {
      description: "The curator who verified it. Private: curators.",
      authScopes: curatorsOnly,
    }),
    contactName: t.exposeString("contactName", {
      description: "Who at the trust confirmed the listing. Private: curators.",
      authScopes: curatorsOnly,
    }),
    notes: t.exposeString("notes", {
      nullable: true,
      description: "The curator's notes on the checks. Private: curators.",
      authScopes: curatorsOnly,
    }),
  }),
});

type VerificationRow = typeof tables.trustVerifications.$inferSelect & {
  sectorBody: { name: string };
};

builder.drizzleObjectFields(TrustRef, (t) => ({
  verification: t.field({
    type: TrustVerificationRef,
    nullable: true,
    description:
      "The trust's newest verification by a sector body; null when none has verified it (its listing is then marked unverified).",
    select: (_args, _ctx, nestedSelection) => ({
      with: { verifications: nestedSelection({ orderBy: { at: "desc" }, limit: 1 }) },
    }),
    resolve: (trust) => {
      const loaded: unknown = (trust as Record<string, unknown>).verifications;
      return Array.isArray(loaded) ? ((loaded[0] as VerificationRow | undefined) ?? null) : null;
    },
  }),
}));

const VerifyTrustInput = builder.inputType("VerifyTrustInput", {
  fields: (t) => ({
    trustId: t.id({ required: true }),
    registerMatch: t.boolean({
      required: true,
      description: "The trust's name, number and address match the register.",
    }),
    contactConfirmed: t.boolean({
      required: true,
      description: "A named contact at the trust confirmed the listing is theirs.",
    }),
    contactName: t.string({ required: true }),
    checkedOn: t.field({ type: "Date", required: true }),
    notes: t.string({ required: false }),
  }),
});

const VerifyTrustPayload = builder.objectRef<{ trustId: string }>("VerifyTrustPayload").implement({
  description: "The trust, as it is after the verification.",
  fields: (t) => ({
    trust: t.drizzleField({
      type: TrustRef,
      resolve: async (query, { trustId }, _args, ctx) => {
        const found = await ctx.db.query.trusts.findFirst(query({ where: { id: trustId } }));
        if (!found) throw new Error("a trust just verified vanished");
        return found;
      },
    }),
  }),
});

builder.mutationFields((t) => ({
  verifyTrust: t.field({
    type: VerifyTrustPayload,
    description:
      "Records that you verified a trust for your sector body: it matches the register and a named contact confirmed it. The trust then shows as verified. Curators only.",
    args: { input: t.arg({ type: VerifyTrustInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError] },
    authScopes: curatorsOnly,
    resolve: async (_root, { input }, ctx) => {
      const trustId = rowIdOf(input.trustId, "Trust");
      if (!trustId) {
        throw new NotFoundError(["input", "trustId"], "This is not a trust ID: use a trust's id.");
      }
      const { trustId: _id, ...rest } = input;
      const checks = parseInput(trustVerificationSchema(dateInEngland(new Date())), {
        ...rest,
        notes: rest.notes ?? undefined,
      });
      const curator = signedInViewer(ctx);
      await verifyTrust(ctx.db, {
        trustId,
        checks,
        curator,
        sectorBodyId: curatingBodyOf(curator),
      });
      return { trustId };
    },
  }),
}));
