import { type Db, type DbOrTx, tables, violatedConstraint } from "@atlas/db";
import {
  applyPartnershipCommand,
  type PartnershipCommand,
  type PartnershipNote,
  type PartnershipParty,
  type PartnershipRequestInput,
  type PartnershipSnapshot,
  type PartnershipTerms,
  partnershipNoteRefusal,
} from "@atlas/domain";
import { eq } from "drizzle-orm";
import type { AppLinks } from "../../shared/app-links.ts";
import { forbidden, NotFoundError } from "../../shared/errors.ts";
import {
  PartnershipConflictError,
  PartnershipRefusedError,
  PartnershipStaleError,
} from "./errors.ts";
import { namesOf, nextSequence, notifyOtherSide } from "./records.ts";
import type { PartnershipUpdate } from "./updates.ts";

const { partnerships, partnershipEvents } = tables;

export type PartnershipRow = typeof partnerships.$inferSelect;

/** Who is taking a step: the person, and the grants that say which side they may act for. */
export interface PartnershipActor {
  id: string;
  name: string;
  grants: readonly { role: string; trustId: string | null; schoolId: string | null }[];
}

/** What a request leaves to the discussion, until the two sides agree the model agreement. */
const TO_BE_AGREED = "To be agreed in discussion.";

/** The terms a request starts from: its proposals, with the agreement's other parts open. */
export function termsFromRequest(request: PartnershipRequestInput): PartnershipTerms {
  return {
    startDate: request.proposedStartDate,
    endDate: request.proposedEndDate,
    focusAreas: request.focusAreas,
    objectives: request.objectives,
    serviceChargePounds: request.expectedServiceChargePounds ?? 0,
    extensionAllowed: false,
    maxTermMonths: 24,
    servicesProvided: TO_BE_AGREED,
    dataProtection: TO_BE_AGREED,
  };
}

function updateOf(row: Pick<PartnershipRow, "id" | "schoolId" | "trustId">): PartnershipUpdate {
  return { partnershipId: row.id, schoolId: row.schoolId, trustId: row.trustId };
}

/** The partnership as the domain's rules see it. */
function snapshotOf(row: PartnershipRow): PartnershipSnapshot {
  return {
    state: row.state,
    terms: row.terms,
    confirmedBy: row.confirmedBy,
    endDate: row.endDate,
    outcome: row.outcome,
  };
}

/**
 * A school asks a trust for a partnership. One request per submit: the idempotency key finds
 * a request already made with it, however often the form is sent. The request, its first
 * event and the trust's notifications are one transaction; the database's own rules refuse a
 * second open request for the same school and trust.
 */
export async function requestPartnership(
  db: Db,
  input: {
    schoolId: string;
    trustId: string;
    request: PartnershipRequestInput;
    requester: PartnershipActor;
    links: AppLinks;
    /** Counts a new request (not a repeat of one already made), or refuses it. */
    beforeCreating?: () => Promise<void>;
  },
): Promise<PartnershipUpdate & { created: boolean }> {
  const { request, requester } = input;
  const [already] = await db
    .select()
    .from(partnerships)
    .where(eq(partnerships.idempotencyKey, request.idempotencyKey));
  if (already) {
    if (already.schoolId !== input.schoolId || already.trustId !== input.trustId) {
      throw new PartnershipConflictError(
        "This request's key was used for another request: reload the form and send it again.",
      );
    }
    return { ...updateOf(already), created: false };
  }
  await input.beforeCreating?.();
  const names = await namesOf(db, input.schoolId, input.trustId);
  if (names.trustStatus === "CLOSED") {
    throw new PartnershipConflictError(
      `${names.trustName} is closed, so it takes no partnerships.`,
    );
  }
  const terms = termsFromRequest(request);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(partnerships)
        .values({
          schoolId: input.schoolId,
          trustId: input.trustId,
          intent: request.intent,
          terms,
          startDate: terms.startDate,
          endDate: terms.endDate,
          governingBodyResolutionDate: request.governingBodyResolutionDate ?? null,
          requestedBy: requester.id,
          idempotencyKey: request.idempotencyKey,
        })
        .returning();
      if (!row) throw new Error("a partnership request was not inserted");
      await tx.insert(partnershipEvents).values({
        partnershipId: row.id,
        sequence: 1,
        action: "REQUEST",
        actorUserId: requester.id,
        actorName: requester.name,
        actorParty: "SCHOOL",
        fromState: null,
        toState: "REQUESTED",
        details: { intent: request.intent, terms },
      });
      await notifyOtherSide(
        tx,
        row,
        {
          action: "REQUEST",
          toState: "REQUESTED",
          schoolName: names.schoolName,
          trustName: names.trustName,
          actorName: requester.name,
          actorParty: "SCHOOL",
          reason: null,
          endDate: terms.endDate,
          outcome: null,
        },
        { links: input.links, schoolUrn: names.schoolUrn },
      );
      return { ...updateOf(row), created: true };
    });
  } catch (error) {
    const violated = violatedConstraint(error);
    if (violated?.constraint === "partnerships_idempotency_key") {
      // The same submit, twice at once: the other one made it.
      return requestPartnership(db, input);
    }
    if (violated?.constraint === "partnerships_one_open_per_pair") {
      throw new PartnershipConflictError(
        `${names.schoolName} has an open request or partnership with ${names.trustName} already: carry on with that one.`,
      );
    }
    throw error;
  }
}

/** The side a person acts for on this partnership; null when they act for neither. */
export function sideOf(
  actor: PartnershipActor,
  row: Pick<PartnershipRow, "schoolId" | "trustId">,
): PartnershipParty | null {
  if (actor.grants.some((g) => g.role === "TRUST_ADMIN" && g.trustId === row.trustId))
    return "TRUST";
  if (actor.grants.some((g) => g.role === "SCHOOL_MEMBER" && g.schoolId === row.schoolId))
    return "SCHOOL";
  return null;
}

/**
 * One step of a partnership, by one side, if it is still at `expectedVersion`: the row is
 * locked, the domain's rules decide, and the new state, its event and the other side's
 * notifications are written together or not at all.
 */
export async function transitionPartnership(
  db: Db,
  input: {
    partnershipId: string;
    expectedVersion: number;
    command: PartnershipCommand;
    actor: PartnershipActor;
    today: string;
    links: AppLinks;
  },
): Promise<PartnershipUpdate> {
  try {
    return await db.transaction(async (tx) => {
      const { row, side } = await lockedForSide(tx, input.partnershipId, input.actor);
      if (row.version !== input.expectedVersion) throw new PartnershipStaleError(row.version);
      const applied = applyPartnershipCommand(snapshotOf(row), input.command, side, input.today);
      if (!applied.ok) throw new PartnershipRefusedError(applied.refusal);
      const { next } = applied;
      const version = row.version + 1;
      await tx
        .update(partnerships)
        .set({
          state: next.state,
          terms: next.terms,
          startDate: next.terms.startDate,
          endDate: next.endDate,
          confirmedBy: next.confirmedBy,
          outcome: next.outcome,
          version,
          updatedAt: new Date(),
        })
        .where(eq(partnerships.id, row.id));
      const { command } = input;
      const reason = "reason" in command ? command.reason?.trim() || null : null;
      await tx.insert(partnershipEvents).values({
        partnershipId: row.id,
        sequence: await nextSequence(tx, row.id),
        action: command.action,
        actorUserId: input.actor.id,
        actorName: input.actor.name,
        actorParty: side,
        fromState: row.state,
        toState: next.state,
        reason,
        details: detailsOf(command),
      });
      const names = await namesOf(tx, row.schoolId, row.trustId);
      await notifyOtherSide(
        tx,
        row,
        {
          action: command.action,
          toState: next.state,
          schoolName: names.schoolName,
          trustName: names.trustName,
          actorName: input.actor.name,
          actorParty: side,
          reason,
          endDate: next.endDate,
          outcome: next.outcome,
        },
        { links: input.links, schoolUrn: names.schoolUrn },
      );
      return updateOf(row);
    });
  } catch (error) {
    if (violatedConstraint(error)?.constraint === "partnerships_one_active_per_school") {
      throw new PartnershipConflictError(
        "The school has an active partnership with another trust already: a school trials one trust at a time. Conclude that one first.",
      );
    }
    throw error;
  }
}

/** A partnership's row, locked for the transaction, and the side the actor acts for. */
async function lockedForSide(tx: DbOrTx, partnershipId: string, actor: PartnershipActor) {
  const [row] = await tx
    .select()
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId))
    .for("update");
  if (!row) throw new NotFoundError(["input", "partnershipId"], "There is no such partnership.");
  const side = sideOf(actor, row);
  // Curators read every partnership but act on none; others see none.
  if (side === null) {
    throw forbidden(
      "Only the school's members and the trust's administrators act on a partnership.",
    );
  }
  return { row, side };
}

/**
 * A message, an activity or a review added to a partnership's history by one side. It
 * changes neither the state nor the version (a message must not make the other side's next
 * step stale), and tells the other side, in one transaction.
 */
export async function recordPartnershipNote(
  db: Db,
  input: {
    partnershipId: string;
    note: PartnershipNote;
    actor: PartnershipActor;
    links: AppLinks;
  },
): Promise<PartnershipUpdate> {
  return db.transaction(async (tx) => {
    const { row, side } = await lockedForSide(tx, input.partnershipId, input.actor);
    const refusal = partnershipNoteRefusal(row.state, input.note.kind);
    if (refusal) throw new PartnershipRefusedError({ code: "NOT_IN_THIS_STATE", message: refusal });
    const { kind, body, nextReviewDate } = input.note;
    await tx.insert(partnershipEvents).values({
      partnershipId: row.id,
      sequence: await nextSequence(tx, row.id),
      action: kind,
      actorUserId: input.actor.id,
      actorName: input.actor.name,
      actorParty: side,
      fromState: row.state,
      toState: row.state,
      reason: null,
      details: { body, ...(nextReviewDate ? { nextReviewDate } : {}) },
    });
    const names = await namesOf(tx, row.schoolId, row.trustId);
    await notifyOtherSide(
      tx,
      row,
      {
        action: kind,
        toState: row.state,
        schoolName: names.schoolName,
        trustName: names.trustName,
        actorName: input.actor.name,
        actorParty: side,
        reason: body,
        endDate: row.endDate,
        outcome: null,
      },
      { links: input.links, schoolUrn: names.schoolUrn },
    );
    return updateOf(row);
  });
}

/** What an event keeps of the step beyond its reason: what it proposed, moved or recorded. */
function detailsOf(command: PartnershipCommand): Record<string, unknown> {
  switch (command.action) {
    case "PROPOSE_TERMS":
      return { terms: command.terms };
    case "EXTEND":
      return { endDate: command.endDate };
    case "CONCLUDE":
      return { outcome: command.outcome };
    default:
      return {};
  }
}
