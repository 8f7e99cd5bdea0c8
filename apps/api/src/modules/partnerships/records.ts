import { type DbOrTx, tables } from "@atlas/db";
import { eq, max } from "drizzle-orm";
import { type AppLinks, partnershipPageUrl } from "../../shared/app-links.ts";
import { globalIdOf } from "../../shared/global-id.ts";
import { type PartnershipStep, partnershipMessage } from "./messages.ts";
import type { PartnershipRow } from "./service.ts";
import { peopleOfSide } from "./sql.ts";

const { partnershipEvents, outboxMessages, schools, trusts } = tables;

/** The names a step's history and email are written with, and the school's URN for links. */
export async function namesOf(tx: DbOrTx, schoolId: string, trustId: string) {
  const [school] = await tx
    .select({ name: schools.name, urn: schools.urn })
    .from(schools)
    .where(eq(schools.id, schoolId));
  const [trust] = await tx
    .select({ name: trusts.name, status: trusts.status })
    .from(trusts)
    .where(eq(trusts.id, trustId));
  return {
    schoolName: school?.name ?? "The school",
    schoolUrn: school?.urn ?? 0,
    trustName: trust?.name ?? "The trust",
    trustStatus: trust?.status,
  };
}

/**
 * The next entry's number in a partnership's history. Steps and notes share the numbering;
 * the caller holds the partnership's row lock, so two entries never get one number.
 */
export async function nextSequence(tx: DbOrTx, partnershipId: string): Promise<number> {
  const [last] = await tx
    .select({ sequence: max(partnershipEvents.sequence) })
    .from(partnershipEvents)
    .where(eq(partnershipEvents.partnershipId, partnershipId));
  return (last?.sequence ?? 0) + 1;
}

/**
 * Tells the other side's people of a step: one outbox row each, in the caller's transaction,
 * so the message exists exactly when the step does. Each side is sent to its own app's page.
 */
export async function notifyOtherSide(
  tx: DbOrTx,
  row: Pick<PartnershipRow, "id" | "schoolId" | "trustId">,
  step: PartnershipStep,
  where: { links: AppLinks; schoolUrn: number },
): Promise<void> {
  const sides: ("SCHOOL" | "TRUST")[] =
    step.actorParty === "SYSTEM"
      ? ["SCHOOL", "TRUST"]
      : [step.actorParty === "SCHOOL" ? "TRUST" : "SCHOOL"];
  for (const party of sides) {
    const people = await peopleOfSide(
      tx,
      party === "TRUST" ? { party, trustId: row.trustId } : { party, schoolId: row.schoolId },
    );
    if (people.length === 0) continue;
    const link = partnershipPageUrl(where.links, party, {
      globalId: globalIdOf("Partnership", row.id),
      schoolUrn: where.schoolUrn,
    });
    const { subject, body } = partnershipMessage(step, link);
    await tx.insert(outboxMessages).values(
      people.map((person) => ({
        topic: `partnership.${step.action.toLowerCase()}`,
        recipientEmail: person.email,
        recipientName: person.name,
        subject,
        body,
        payload: { partnershipId: row.id, schoolId: row.schoolId, trustId: row.trustId, party },
      })),
    );
  }
}
