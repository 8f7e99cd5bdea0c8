import { type ResponsibilityLevel, responsibilityLevels } from "@atlas/domain";
import { cx } from "../internal/cx.ts";
import { heatLevels } from "./heat-levels.ts";

export type HeatCellProps = { level: ResponsibilityLevel | undefined };

/**
 * One tier's part in one decision. The colour is never the only sign: the cell shows a letter
 * (or, where there is room, the word), and assistive technology always hears the word, once.
 */
export function HeatCell({ level }: HeatCellProps) {
  if (level === undefined) return <td className="ui-heat" />;
  const { className, code } = heatLevels[level];
  const label = responsibilityLevels.label(level);
  return (
    <td className={cx("ui-heat", className)}>
      <span className="ui-heat__code" aria-hidden="true">
        {code}
      </span>
      <span className="ui-heat__label">{label}</span>
    </td>
  );
}
