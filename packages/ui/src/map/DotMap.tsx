import { countOf } from "../format.ts";
import { referencePlaces } from "./places.ts";
import { dotMapSize, type LocatedSchool, project, schoolTitle } from "./projection.ts";

export type DotMapProps = { schools: readonly LocatedSchool[] };

/**
 * The server-rendered (and no-JavaScript) map: the schools as dots on England, each with a
 * `<title>` for pointer users. Read as one image; the list beside it names every school.
 */
export function DotMap({ schools }: DotMapProps) {
  const dots = schools.flatMap((school) => {
    const point = project(school.latitude, school.longitude);
    return point === null ? [] : [{ school, point }];
  });
  return (
    <svg
      className="ui-dot-map"
      viewBox={`0 0 ${dotMapSize.width} ${dotMapSize.height}`}
      role="img"
      aria-label={`Dot map of ${countOf(dots.length, "school")} in England. Every school is in the list.`}
    >
      <rect
        className="ui-dot-map__background"
        width={dotMapSize.width}
        height={dotMapSize.height}
      />
      {referencePlaces.map((place) => {
        const point = project(place.latitude, place.longitude);
        if (point === null) return null;
        const offset = place.anchor === "start" ? 9 : -9;
        return (
          <g key={place.name} className="ui-dot-map__place">
            <rect x={point.x} y={point.y} width="6" height="6" transform="translate(-3 -3)" />
            <text x={point.x} y={point.y} dx={offset} dy="5" textAnchor={place.anchor}>
              {place.name}
            </text>
          </g>
        );
      })}
      {dots.map(({ school, point }) => (
        <circle key={school.id} className="ui-dot-map__dot" cx={point.x} cy={point.y} r="7">
          <title>{schoolTitle(school)}</title>
        </circle>
      ))}
    </svg>
  );
}
