import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import {
  establishmentTypes,
  groupTypes,
  inspectionOutcomes,
  phases,
  religiousCharacters,
} from "@atlas/domain";
import iconv from "iconv-lite";
import type { DemoData } from "../generate/index.ts";
import { establishmentColumns as e, groupColumns as g, linkColumns as l } from "./columns.ts";

/** A CSV field as the register writes it: quoted when it holds a comma, a quote or a newline. */
const field = (value: string | number | null | undefined) => {
  const text = value == null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const line = (values: readonly (string | number | null | undefined)[]) =>
  `${values.map(field).join(",")}\r\n`;

const isoToRegister = (iso: string | null | undefined) =>
  iso ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : "";

async function writeCsv(path: string, rows: Iterable<string>) {
  await pipeline(
    (function* () {
      yield* rows;
    })(),
    iconv.encodeStream("win1252"),
    createWriteStream(path),
  );
}

/** Establishments the register lists that Trust Atlas leaves out, to pad a file to its size. */
const padding = [
  { typeCode: "11", typeName: "Other independent school", status: "1", laCode: "202" },
  { typeCode: "30", typeName: "Welsh establishment", status: "1", laCode: "660" },
  { typeCode: "18", typeName: "Further education", status: "1", laCode: "383" },
  { typeCode: "47", typeName: "Children's centre", status: "1", laCode: "341" },
  { typeCode: "1", typeName: "Community school", status: "2", laCode: "926" },
] as const;

/**
 * The register's three downloads for a generated data set, in the published layout and
 * Windows-1252: every school, open trust and current membership, the establishments padded to
 * `establishmentRows` with rows the import skips (closed, independent, Welsh, further education,
 * children's centres), as the real file is. For the import's speed bench.
 */
export async function writeRegisterFiles(
  data: DemoData,
  folder: string,
  { establishmentRows = 50_000 }: { establishmentRows?: number } = {},
): Promise<{ establishments: string; groups: string; links: string }> {
  await mkdir(folder, { recursive: true });
  const files = {
    establishments: join(folder, "establishments.csv"),
    groups: join(folder, "groups.csv"),
    links: join(folder, "links.csv"),
  };
  const trustOf = new Map(
    data.memberships.filter((m) => !m.leftOn).map((m) => [m.schoolId, m] as const),
  );
  const trusts = new Map(data.trusts.map((t) => [t.id, t]));
  const header = Object.values(e);
  const schoolRows = function* () {
    yield line(header);
    for (const s of data.schools) {
      const values: Record<string, string | number | null | undefined> = {
        [e.urn]: s.urn,
        [e.laCode]: s.laCode,
        [e.name]: s.name,
        [e.typeCode]: establishmentTypes.entries.find((t) => t.key === s.establishmentType)?.code,
        [e.typeName]: establishmentTypes.label(s.establishmentType),
        [e.statusCode]:
          s.status === "OPEN_PROPOSED_TO_CLOSE" ? "3" : s.status === "CLOSED" ? "2" : "1",
        [e.phaseCode]: phases.entries.find((p) => p.key === s.phase)?.code,
        [e.religiousCharacter]: religiousCharacters.label(s.religiousCharacter ?? "DOES_NOT_APPLY"),
        [e.diocese]: s.diocese ?? "Not applicable",
        [e.pupils]: s.pupils,
        [e.capacity]: s.capacity,
        [e.postcode]: s.postcode,
        [e.easting]: s.easting,
        [e.northing]: s.northing,
        [e.ukprn]: s.ukprn,
        [e.closeDate]: "",
        [e.inspectionOutcome]: s.inspectionOutcome
          ? inspectionOutcomes.label(s.inspectionOutcome)
          : "",
        [e.inspectedOn]: isoToRegister(s.inspectedOn),
      };
      yield line(header.map((h) => values[h]));
    }
    // Padding takes URNs from the top of the range, none a generated school holds.
    const taken = new Set(data.schools.map((s) => s.urn));
    let urn = 999_999;
    for (let i = data.schools.length; i < establishmentRows; i++) {
      const pad = padding[i % padding.length] ?? padding[0];
      while (taken.has(urn)) urn--;
      const values: Record<string, string | number> = {
        [e.urn]: urn--,
        [e.laCode]: pad.laCode,
        [e.name]: `${pad.typeName} ${i}`,
        [e.typeCode]: pad.typeCode,
        [e.typeName]: pad.typeName,
        [e.statusCode]: pad.status,
        [e.phaseCode]: "0",
        [e.religiousCharacter]: "Does not apply",
        [e.diocese]: "Not applicable",
        [e.closeDate]: pad.status === "2" ? "31-08-2015" : "",
      };
      yield line(header.map((h) => values[h]));
    }
  };
  await writeCsv(files.establishments, schoolRows());

  const groupHeader = Object.values(g);
  await writeCsv(
    files.groups,
    (function* () {
      yield line(groupHeader);
      for (const t of data.trusts) {
        const values: Record<string, string | number | null | undefined> = {
          [g.uid]: t.groupUid,
          [g.id]: t.groupId,
          [g.name]: t.name,
          [g.companiesHouseNumber]: t.companiesHouseNumber,
          [g.typeCode]: groupTypes.entries.find((x) => x.key === t.type)?.code,
          [g.typeName]: groupTypes.label(t.type),
          [g.status]:
            t.status === "CLOSED"
              ? "Closed"
              : t.status === "PROPOSED_TO_CLOSE"
                ? "Proposed to close"
                : "Open",
          [g.openedOn]: isoToRegister(t.openedOn),
          [g.postcode]: t.headOfficePostcode,
          [g.ukprn]: t.ukprn,
          [g.closedOn]: "",
        };
        yield line(groupHeader.map((h) => values[h]));
      }
    })(),
  );

  const schoolsById = new Map(data.schools.map((s) => [s.id, s]));
  const linkHeader = Object.values(l);
  await writeCsv(
    files.links,
    (function* () {
      yield line(linkHeader);
      for (const m of trustOf.values()) {
        const values: Record<string, string | number | undefined> = {
          [l.urn]: schoolsById.get(m.schoolId)?.urn,
          [l.groupUid]: trusts.get(m.trustId)?.groupUid,
          [l.joinedOn]: isoToRegister(m.joinedOn),
        };
        yield line(linkHeader.map((h) => values[h]));
      }
    })(),
  );
  return files;
}
