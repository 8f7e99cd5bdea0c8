import { type DbOrTx, type TrustDocumentKind, tables } from "@atlas/db";
import { eq } from "drizzle-orm";

/** A kind of document in words, as the audit log and email name it. */
export const documentWords: Record<TrustDocumentKind, string> = {
  PROFILE: "profile",
  SCHEME_OF_DELEGATION: "scheme of delegation",
};

/** The trust's name for a log entry or an email; "a trust" if it is gone. */
export async function trustNameOf(tx: DbOrTx, trustId: string): Promise<string> {
  const [trust] = await tx
    .select({ name: tables.trusts.name })
    .from(tables.trusts)
    .where(eq(tables.trusts.id, trustId));
  return trust?.name ?? "a trust";
}
