import { builder } from "../../builder.ts";

/** Newest first; the trust id only settles entries added in the same instant. */
export const newestFirst = { addedAt: "desc", trustId: "asc" } as const;

export const ShortlistEntryRef = builder.drizzleObject("shortlistEntries", {
  name: "ShortlistEntry",
  description: "A trust on a school's shortlist, with the school's note on it.",
  fields: (t) => ({
    trust: t.relation("trust"),
    note: t.exposeString("note", {
      description: "What the school's members wrote about the trust; empty when nothing.",
    }),
    addedBy: t.string({
      nullable: true,
      description: "The name of who added the trust; null when their account is gone.",
      select: { with: { addedByUser: { columns: { name: true } } } },
      resolve: (entry) => entry.addedByUser?.name ?? null,
    }),
    addedAt: t.expose("addedAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", {
      type: "DateTime",
      description: "When the note was last set (when the trust was added, if never since).",
    }),
  }),
});
