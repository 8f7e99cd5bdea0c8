import { BarRow } from "@atlas/ui";
import type { AutonomyArea } from "./autonomy.ts";

/**
 * Local autonomy per decision area, a bar per trust, areas one under another so the trusts'
 * bars for an area sit together on the same scale (0 to 100% local). Each bar's figure is
 * written beside it; the table above has the same figures too.
 */
export function AutonomyChart({ areas }: { areas: readonly AutonomyArea[] }) {
  if (areas.length === 0) return null;
  return (
    <div className="compare-chart">
      <p className="ui-body">
        How much of each area's decisions each trust's scheme leaves to the school itself (its local
        governing body or headteacher), from 0% to 100%.
      </p>
      <div className="compare-chart__areas">
        {areas.map((area) => (
          <figure className="ui-chart compare-chart__area" key={area.key}>
            <figcaption className="ui-chart__caption">{area.label}</figcaption>
            <ul className="ui-bar-chart">
              {area.bars.map((bar) => (
                <BarRow
                  key={bar.trustId}
                  label={bar.trustName}
                  value={
                    bar.length === null ? (
                      <span className="ui-bar-chart__missing">{bar.value}</span>
                    ) : (
                      bar.value
                    )
                  }
                  length={bar.length}
                />
              ))}
            </ul>
          </figure>
        ))}
      </div>
    </div>
  );
}
