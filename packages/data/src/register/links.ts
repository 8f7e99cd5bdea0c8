import { linkColumns as c, registerDate } from "./columns.ts";
import { invalid, kept, type RowOutcome } from "./outcome.ts";

/** A school's membership of a trust, as the links download states it. */
export interface RegisterLink {
  urn: number;
  groupUid: number;
  joinedOn: string;
}

export function readLink(v: ReadonlyMap<string, string>): RowOutcome<RegisterLink> {
  const get = (column: string) => v.get(column) ?? "";
  const problems: string[] = [];
  if (!/^\d{6}$/.test(get(c.urn))) problems.push(`URN "${get(c.urn)}" is not six digits`);
  if (!/^\d{1,9}$/.test(get(c.groupUid)))
    problems.push(`Group UID "${get(c.groupUid)}" is not a number`);
  const joinedOn = registerDate(get(c.joinedOn));
  if (!joinedOn) problems.push(`Joined date "${get(c.joinedOn)}" is not a dd-mm-yyyy date`);
  if (problems.length > 0 || !joinedOn) return invalid(problems);
  return kept({ urn: Number(get(c.urn)), groupUid: Number(get(c.groupUid)), joinedOn });
}
