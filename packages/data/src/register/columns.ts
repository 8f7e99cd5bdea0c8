/**
 * The columns of the register's downloads (Get Information about Schools) that the import
 * reads, by their published headers. Headers follow `X (code)` / `X (name)`; only these are
 * required, and any others are ignored.
 */
export const establishmentColumns = {
  urn: "URN",
  laCode: "LA (code)",
  name: "EstablishmentName",
  typeCode: "TypeOfEstablishment (code)",
  typeName: "TypeOfEstablishment (name)",
  statusCode: "EstablishmentStatus (code)",
  phaseCode: "PhaseOfEducation (code)",
  religiousCharacter: "ReligiousCharacter (name)",
  diocese: "Diocese (name)",
  pupils: "NumberOfPupils",
  capacity: "SchoolCapacity",
  postcode: "Postcode",
  easting: "Easting",
  northing: "Northing",
  ukprn: "UKPRN",
  closeDate: "CloseDate",
  inspectionOutcome: "OfstedRating (name)",
  inspectedOn: "OfstedLastInsp",
} as const;

/** Inspection columns are carried where the file has them; a file without them still imports. */
export const optionalEstablishmentColumns: readonly string[] = [
  establishmentColumns.inspectionOutcome,
  establishmentColumns.inspectedOn,
  establishmentColumns.closeDate,
  establishmentColumns.typeName,
];

export const groupColumns = {
  uid: "Group UID",
  id: "Group ID",
  name: "Group Name",
  companiesHouseNumber: "Companies House Number",
  typeCode: "Group Type (code)",
  typeName: "Group Type",
  status: "Group Status",
  openedOn: "Incorporated on (open date)",
  postcode: "Group Contact Postcode",
  ukprn: "UKPRN",
  closedOn: "Closed Date",
} as const;

export const optionalGroupColumns: readonly string[] = [
  groupColumns.typeCode,
  groupColumns.closedOn,
  groupColumns.ukprn,
];

export const linkColumns = {
  urn: "URN",
  groupUid: "Group UID",
  joinedOn: "Joined date",
} as const;

export const requiredOf = (columns: Record<string, string>, optional: readonly string[] = []) =>
  Object.values(columns).filter((c) => !optional.includes(c));

/** `dd-mm-yyyy` (the register's dates) to ISO, null when empty, undefined when not a date. */
export function registerDate(text: string): string | null | undefined {
  if (text === "") return null;
  const m = /^(\d{2})[-/](\d{2})[-/](\d{4})$/.exec(text);
  if (!m) return undefined;
  const [, dd, mm, yyyy] = m;
  const iso = `${yyyy}-${mm}-${dd}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : undefined;
}

/** A whole number of at least 0, null when empty, undefined when not one. */
export function registerCount(text: string): number | null | undefined {
  if (text === "") return null;
  return /^\d{1,7}$/.test(text) ? Number(text) : undefined;
}
