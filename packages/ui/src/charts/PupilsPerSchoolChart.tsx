import type { ReactNode } from "react";
import { formatNumber } from "../format.ts";
import { cx } from "../internal/cx.ts";
import { type LinkComponent, useLinkComponent } from "../link.tsx";
import { BarRow } from "./BarRow.tsx";
import { barLength, countValue } from "./scale.ts";

export type SchoolPupils = { id: string; name: string; pupils: number | null; href?: string };

export type PupilsPerSchoolChartProps = {
  title: ReactNode;
  schools: readonly SchoolPupils[];
  /** Shown instead of the chart when there are no schools. */
  emptyMessage?: ReactNode;
  className?: string;
  linkComponent?: LinkComponent;
};

const collator = new Intl.Collator("en-GB");

/** Largest first; equal figures by name so the order never depends on the input's. */
function sortByPupils(schools: readonly SchoolPupils[]): SchoolPupils[] {
  return [...schools].sort((a, b) => {
    if (a.pupils === null || b.pupils === null) {
      if (a.pupils !== b.pupils) return a.pupils === null ? 1 : -1;
    } else if (a.pupils !== b.pupils) {
      return b.pupils - a.pupils;
    }
    return collator.compare(a.name, b.name);
  });
}

/**
 * One bar per school, largest first, on a scale from 0 to the largest school; schools without a
 * pupil figure come last and say so. Rows rather than columns, so a hundred schools stay legible.
 */
export function PupilsPerSchoolChart({
  title,
  schools,
  emptyMessage = "No schools yet",
  className,
  linkComponent,
}: PupilsPerSchoolChartProps) {
  const Link = useLinkComponent(linkComponent);
  const sorted = sortByPupils(schools);
  const max = Math.max(0, ...sorted.map((school) => countValue(school.pupils ?? 0)));
  return (
    <figure className={cx("ui-chart", className)}>
      <figcaption className="ui-chart__caption">{title}</figcaption>
      {sorted.length === 0 ? (
        <p className="ui-chart__empty">{emptyMessage}</p>
      ) : (
        <ul className="ui-bar-chart">
          {sorted.map((school) => (
            <BarRow
              key={school.id}
              label={
                school.href === undefined ? (
                  school.name
                ) : (
                  <Link className="ui-link" href={school.href}>
                    {school.name}
                  </Link>
                )
              }
              value={
                school.pupils === null ? (
                  <span className="ui-bar-chart__missing">Not recorded</span>
                ) : (
                  <>
                    {formatNumber(countValue(school.pupils))}
                    <span className="ui-visually-hidden">
                      {school.pupils === 1 ? " pupil" : " pupils"}
                    </span>
                  </>
                )
              }
              length={school.pupils === null ? null : barLength(school.pupils, max)}
            />
          ))}
        </ul>
      )}
    </figure>
  );
}
