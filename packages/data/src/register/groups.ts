import { groupTypes } from "@atlas/domain";
import { groupColumns as c, registerDate } from "./columns.ts";
import { invalid, kept, type RowOutcome, skipped } from "./outcome.ts";

/** A trust as the import writes it (the register's facts only). */
export interface RegisterTrust {
  groupUid: number;
  groupId: string | null;
  name: string;
  companiesHouseNumber: string | null;
  ukprn: string | null;
  type: "MULTI_ACADEMY_TRUST" | "SINGLE_ACADEMY_TRUST";
  status: "OPEN" | "PROPOSED_TO_CLOSE";
  openedOn: string | null;
  headOfficePostcode: string | null;
}

export type GroupRecord =
  | { state: "open"; trust: RegisterTrust }
  | { state: "closed"; groupUid: number; closedOn: string | null };

const academyTrusts = new Set(["MULTI_ACADEMY_TRUST", "SINGLE_ACADEMY_TRUST"]);

/**
 * One row of the groups download. Kept: open multi- and single-academy trusts; closed trusts
 * are passed on so one the database holds can be closed; other groups (federations, sponsors,
 * umbrella trusts) are skipped.
 */
export function readGroup(v: ReadonlyMap<string, string>): RowOutcome<GroupRecord> {
  const get = (column: string) => v.get(column) ?? "";
  const uidText = get(c.uid);
  if (!/^\d{1,9}$/.test(uidText)) return invalid([`Group UID "${uidText}" is not a number`]);
  const groupUid = Number(uidText);
  const typeName = get(c.typeName).toLowerCase();
  const type =
    groupTypes.byCode(get(c.typeCode))?.key ??
    groupTypes.entries.find((e) => e.label.toLowerCase() === typeName)?.key;
  if (!type)
    return invalid([`Group Type "${get(c.typeName)}" is not a group type of the register`]);
  if (!academyTrusts.has(type)) return skipped(`not an academy trust (${get(c.typeName) || type})`);

  const status = get(c.status).toLowerCase();
  if (status === "closed")
    return kept({ state: "closed", groupUid, closedOn: registerDate(get(c.closedOn)) ?? null });
  if (status === "proposed to open") return skipped("proposed to open, not open yet");
  if (status !== "open" && status !== "proposed to close")
    return invalid([`Group Status "${get(c.status)}" is not a status of the register`]);

  const problems: string[] = [];
  const name = get(c.name);
  if (name === "" || name.length > 200)
    problems.push("Group Name is empty or longer than 200 characters");
  const openedOn = registerDate(get(c.openedOn));
  if (openedOn === undefined)
    problems.push(`Incorporated on (open date) "${get(c.openedOn)}" is not a dd-mm-yyyy date`);
  const groupId = get(c.id);
  if (groupId !== "" && !/^TR\d{5}$/i.test(groupId))
    problems.push(`Group ID "${groupId}" is not TR and five digits`);
  if (problems.length > 0) return invalid(problems);
  return kept({
    state: "open",
    trust: {
      groupUid,
      groupId: groupId ? groupId.toUpperCase() : null,
      name,
      companiesHouseNumber: get(c.companiesHouseNumber) || null,
      ukprn: get(c.ukprn) || null,
      type: type as RegisterTrust["type"],
      status: status === "proposed to close" ? "PROPOSED_TO_CLOSE" : "OPEN",
      openedOn: openedOn ?? null,
      headOfficePostcode: get(c.postcode) || null,
    },
  });
}
