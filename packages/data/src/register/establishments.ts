import {
  establishmentTypes,
  type InspectionOutcome,
  inspectionOutcomes,
  localAuthorityByCode,
  phases,
  type ReligiousCharacter,
  religiousCharacters,
} from "@atlas/domain";
import { fromNationalGrid } from "../national-grid.ts";
import { establishmentColumns as c, registerCount, registerDate } from "./columns.ts";
import { invalid, kept, type RowOutcome, skipped } from "./outcome.ts";

/** A school as the import writes it (the register's facts only). */
export interface RegisterSchool {
  urn: number;
  ukprn: string | null;
  name: string;
  laCode: number;
  laName: string;
  region: NonNullable<ReturnType<typeof localAuthorityByCode>>["region"];
  phase: (typeof phases.keys)[number];
  establishmentType: (typeof establishmentTypes.keys)[number];
  religiousCharacter: ReligiousCharacter;
  diocese: string | null;
  pupils: number | null;
  capacity: number | null;
  postcode: string | null;
  easting: number | null;
  northing: number | null;
  latitude: number | null;
  longitude: number | null;
  status: "OPEN" | "OPEN_PROPOSED_TO_CLOSE";
  inspectionOutcome: InspectionOutcome | null;
  inspectedOn: string | null;
}

/** A school the register now records as closed. */
export interface ClosedSchool {
  urn: number;
  closedOn: string | null;
}

export type EstablishmentRecord =
  | { state: "open"; school: RegisterSchool }
  | { state: "closed"; school: ClosedSchool };

const byLabel = <K extends string>(entries: readonly { key: K; label: string }[]) =>
  new Map(entries.map((e) => [e.label.toLowerCase(), e.key]));
const religiousCharacterByName = byLabel(religiousCharacters.entries);
const inspectionOutcomeByName = byLabel(inspectionOutcomes.entries);
const notApplicable = new Set(["", "not applicable", "does not apply", "none"]);

// England's bounds, as the schools table's checks hold them.
const inEngland = (lat: number, lon: number) =>
  lat >= 49.8 && lat <= 55.9 && lon >= -6.5 && lon <= 2;

/**
 * One row of the establishments download. Kept: open (or open, proposed to close) state-funded
 * schools in England. Closed schools are passed on so a school the database holds can be
 * closed; everything else is skipped with the reason. A row with any unreadable value is
 * invalid as a whole, so no school is written half right.
 */
export function readEstablishment(v: ReadonlyMap<string, string>): RowOutcome<EstablishmentRecord> {
  const get = (column: string) => v.get(column) ?? "";
  const urnText = get(c.urn);
  if (!/^\d{6}$/.test(urnText)) return invalid([`URN "${urnText}" is not six digits`]);
  const urn = Number(urnText);

  const status = get(c.statusCode);
  if (status === "2") {
    const closedOn = registerDate(get(c.closeDate));
    return kept({ state: "closed", school: { urn, closedOn: closedOn ?? null } });
  }
  if (status === "4") return skipped("proposed to open, not open yet");
  if (status !== "1" && status !== "3")
    return invalid([`EstablishmentStatus (code) "${status}" is not a status of the register`]);

  const type = establishmentTypes.byCode(get(c.typeCode));
  if (!type) {
    const name = get(c.typeName) || `type ${get(c.typeCode)}`;
    return skipped(`not a state-funded school Trust Atlas lists (${name})`);
  }
  const la = localAuthorityByCode(Number(get(c.laCode)));
  if (!la) return skipped(`not in England (local authority ${get(c.laCode) || "none"})`);

  const problems: string[] = [];
  const phase = phases.byCode(get(c.phaseCode));
  if (!phase)
    problems.push(`PhaseOfEducation (code) "${get(c.phaseCode)}" is not a phase of the register`);
  const name = get(c.name);
  if (name === "" || name.length > 200)
    problems.push("EstablishmentName is empty or longer than 200 characters");
  const faithName = get(c.religiousCharacter).toLowerCase();
  const religiousCharacter: ReligiousCharacter | undefined = notApplicable.has(faithName)
    ? faithName === "none"
      ? "NONE"
      : "DOES_NOT_APPLY"
    : religiousCharacterByName.get(faithName);
  if (!religiousCharacter)
    problems.push(
      `ReligiousCharacter (name) "${get(c.religiousCharacter)}" is not one Trust Atlas knows`,
    );
  const pupils = registerCount(get(c.pupils));
  if (pupils === undefined)
    problems.push(`NumberOfPupils "${get(c.pupils)}" is not a whole number`);
  const capacity = registerCount(get(c.capacity));
  if (capacity === undefined)
    problems.push(`SchoolCapacity "${get(c.capacity)}" is not a whole number`);
  const easting = registerCount(get(c.easting));
  const northing = registerCount(get(c.northing));
  if (easting === undefined || northing === undefined)
    problems.push(`Easting/Northing "${get(c.easting)}"/"${get(c.northing)}" are not whole metres`);
  const inspectedOn = registerDate(get(c.inspectedOn));
  if (inspectedOn === undefined)
    problems.push(`OfstedLastInsp "${get(c.inspectedOn)}" is not a dd-mm-yyyy date`);
  const ukprn = get(c.ukprn);
  if (ukprn !== "" && !/^\d{8}$/.test(ukprn)) problems.push(`UKPRN "${ukprn}" is not eight digits`);

  let latitude: number | null = null;
  let longitude: number | null = null;
  if (easting != null && northing != null && easting > 0 && northing > 0) {
    ({ latitude, longitude } = fromNationalGrid(easting, northing));
    if (!inEngland(latitude, longitude))
      problems.push(`Easting/Northing ${easting}/${northing} lie outside England`);
  }
  if (problems.length > 0 || !phase || !religiousCharacter) return invalid(problems);

  const diocese = get(c.diocese);
  return kept({
    state: "open",
    school: {
      urn,
      ukprn: ukprn || null,
      name,
      laCode: Number(la.code),
      laName: la.name,
      region: la.region,
      phase: phase.key,
      establishmentType: type.key,
      religiousCharacter,
      diocese: notApplicable.has(diocese.toLowerCase()) ? null : diocese,
      pupils: pupils ?? null,
      capacity: capacity ?? null,
      postcode: get(c.postcode) || null,
      easting: latitude === null ? null : (easting ?? null),
      northing: latitude === null ? null : (northing ?? null),
      latitude,
      longitude,
      status: status === "3" ? "OPEN_PROPOSED_TO_CLOSE" : "OPEN",
      inspectionOutcome:
        inspectionOutcomeByName.get(get(c.inspectionOutcome).toLowerCase()) ?? null,
      inspectedOn: inspectedOn ?? null,
    },
  });
}
