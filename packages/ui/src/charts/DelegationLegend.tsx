import { responsibilityLevels } from "@atlas/domain";
import { cx } from "../internal/cx.ts";
import { heatLevels } from "./heat-levels.ts";

/** The key to a DelegationHeatmap: what each letter and colour means, and the other marks. */
export function DelegationLegend() {
  return (
    <div className="ui-heat-legend">
      <p className="ui-heat-legend__title">Key</p>
      <dl className="ui-heat-legend__list">
        {responsibilityLevels.entries.map((entry) => {
          const { className, code } = heatLevels[entry.key];
          return (
            <div key={entry.key}>
              <dt className="ui-heat-legend__term">
                <span
                  className={cx("ui-heat", className, "ui-heat-legend__swatch")}
                  aria-hidden="true"
                >
                  {code}
                </span>{" "}
                {entry.label}
              </dt>
              <dd className="ui-heat-legend__description">
                {responsibilityLevels.description(entry.key)}
              </dd>
            </div>
          );
        })}
        <div>
          <dt className="ui-heat-legend__term">
            <span className="ui-heatmap__reserved">Reserved to members</span>
          </dt>
          <dd className="ui-heat-legend__description">
            One of the members' reserved matters, which no scheme may delegate.
          </dd>
        </div>
        <div>
          <dt className="ui-heat-legend__term">Local autonomy</dt>
          <dd className="ui-heat-legend__description">
            The share of an area's decisions made by the local governing body or the headteacher.
          </dd>
        </div>
      </dl>
    </div>
  );
}
