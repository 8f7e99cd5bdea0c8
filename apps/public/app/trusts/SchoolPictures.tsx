import { type MapSchool, PupilsPerSchoolChart, SchoolMap } from "@atlas/ui";
import { pupilsPerSchoolOf } from "./format.ts";
import type { TrustSchool } from "./types.ts";

/** Map tiles, from the app's configuration (MAP_TILE_URL); without them the map is plain. */
export interface MapTiles {
  tileUrl: string | null;
  tileAttribution: string | null;
}

/** When the schools fill more than one page, the pictures show this page's schools. */
function PageNote({ pageNote }: { pageNote: string | null }) {
  return pageNote === null ? null : <p className="ui-body-s ui-text-secondary">{pageNote}</p>;
}

/** The trust's schools on a map (a dot map and a list without JavaScript). */
export function SchoolsMap({
  trustName,
  schools,
  tiles,
  pageNote,
}: {
  trustName: string;
  /** Loader data, so the same array on every render (a new one would mount a new map). */
  schools: readonly MapSchool[];
  tiles: MapTiles;
  pageNote: string | null;
}) {
  return (
    <>
      <PageNote pageNote={pageNote} />
      <SchoolMap
        className="trust-figure"
        title={`Where ${trustName}'s schools are`}
        schools={schools}
        tileUrl={tiles.tileUrl}
        tileAttribution={tiles.tileAttribution ?? undefined}
      />
    </>
  );
}

/** How big each of the trust's schools is. */
export function PupilsPerSchool({
  trustName,
  schools,
  pageNote,
}: {
  trustName: string;
  schools: readonly TrustSchool[];
  pageNote: string | null;
}) {
  return (
    <>
      <PageNote pageNote={pageNote} />
      <PupilsPerSchoolChart
        className="trust-figure"
        title={`Pupils on roll at each ${trustName} school, largest first`}
        schools={pupilsPerSchoolOf(schools)}
      />
    </>
  );
}
