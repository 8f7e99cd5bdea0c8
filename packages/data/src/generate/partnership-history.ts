import type { partnershipEvents, partnerships } from "@atlas/db/schema";
import {
  applyPartnershipCommand,
  type PartnershipActor,
  type PartnershipCommand,
  type PartnershipSnapshot,
  type PartnershipTerms,
} from "@atlas/domain";
import { addDays, type IsoDate } from "./dates.ts";
import type { Random } from "./random.ts";

type PartnershipInsert = typeof partnerships.$inferInsert;
type EventInsert = typeof partnershipEvents.$inferInsert;

/** A partnership as it stands, with every column the database would otherwise default fixed. */
export type PartnershipRow = PartnershipInsert &
  Pick<PartnershipSnapshot, "state" | "terms" | "confirmedBy" | "endDate" | "outcome"> & {
    id: string;
    startDate: IsoDate;
    governingBodyResolutionDate: IsoDate | null;
    requestedBy: string | null;
    version: number;
    createdAt: Date;
    updatedAt: Date;
  };

/** One step of a partnership's history, as the API writes it. */
export type PartnershipEventRow = EventInsert & {
  id: string;
  sequence: number;
  actorUserId: string | null;
  actorName: string | null;
  actorParty: PartnershipActor;
  fromState: PartnershipSnapshot["state"] | null;
  toState: PartnershipSnapshot["state"];
  reason: string | null;
  details: Record<string, unknown>;
  at: Date;
};

/** Someone who acts for one side: a demo account's user, or a person with only a name. */
export interface Person {
  name: string;
  userId: string | null;
}

/** Saturday and Sunday move to the Monday: people answer requests on working days. */
export function workingDay(date: IsoDate): IsoDate {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

/** A moment in office hours on `date`. */
function officeMoment(r: Random, date: IsoDate): Date {
  const minutes = r.int(8 * 60, 17 * 60 + 30);
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return new Date(`${date}T${hh}:${mm}:${String(r.int(0, 59)).padStart(2, "0")}.000Z`);
}

/** What an event keeps beyond its reason, the same as the API's `detailsOf`. */
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

/**
 * A partnership's history being written: it starts from the school's request and takes each
 * step through the domain's `applyPartnershipCommand`, on a later day than the one before, so
 * the rows can only be what the rules allow (a refused step throws).
 */
export class History {
  snapshot: PartnershipSnapshot;
  day: IsoDate;
  readonly events: PartnershipEventRow[] = [];
  readonly id: string;
  private readonly r: Random;
  private readonly people: { SCHOOL: Person; TRUST: Person };

  constructor(
    r: Random,
    id: string,
    people: { SCHOOL: Person; TRUST: Person },
    request: { day: IsoDate; terms: PartnershipTerms; intent: string },
  ) {
    this.r = r;
    this.id = id;
    this.people = people;
    this.day = request.day;
    this.snapshot = {
      state: "REQUESTED",
      terms: request.terms,
      confirmedBy: [],
      endDate: request.terms.endDate,
      outcome: null,
    };
    this.record("REQUEST", "SCHOOL", null, null, { intent: request.intent, terms: request.terms });
  }

  /** A working day `min` to `max` days after the last step. */
  after(min: number, max: number): IsoDate {
    return workingDay(addDays(this.day, this.r.int(Math.max(1, min), Math.max(1, min, max))));
  }

  /** Takes one step on `day` (after the last one), by `actor`'s side. */
  take(command: PartnershipCommand, actor: PartnershipActor, day: IsoDate): this {
    if (day <= this.day) throw new Error(`${command.action} on ${day}, not after ${this.day}`);
    const result = applyPartnershipCommand(this.snapshot, command, actor, day);
    if (!result.ok)
      throw new Error(`demo partnership ${command.action} refused: ${result.refusal.message}`);
    const from = this.snapshot.state;
    this.snapshot = result.next;
    this.day = day;
    const reason = "reason" in command ? command.reason?.trim() || null : null;
    this.record(command.action, actor, from, reason, detailsOf(command));
    return this;
  }

  private record(
    action: string,
    actor: PartnershipActor,
    fromState: PartnershipSnapshot["state"] | null,
    reason: string | null,
    details: Record<string, unknown>,
  ) {
    const person = actor === "SYSTEM" ? null : this.people[actor];
    this.events.push({
      id: this.r.uuid(),
      partnershipId: this.id,
      sequence: this.events.length + 1,
      action,
      actorUserId: person?.userId ?? null,
      actorName: person?.name ?? null,
      actorParty: actor,
      fromState,
      toState: this.snapshot.state,
      reason,
      details,
      at: officeMoment(this.r, this.day),
    });
  }
}
