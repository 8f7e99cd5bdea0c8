// Bar lengths are percentages of the SVG's 100-unit viewBox, rounded so the markup is stable.

/** A figure as drawn: a negative or non-finite one counts as nothing. */
export function countValue(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** How long a bar is, 0–100, on a scale from 0 to `max`. */
export function barLength(value: number, max: number): number {
  if (max <= 0) return 0;
  const length = (countValue(value) / max) * 100;
  return Math.round(Math.min(100, length) * 100) / 100;
}

/**
 * `count` as a share of `total`, as a whole percentage. A share that rounds to 0% or 100% but is
 * not quite that says so, so a small group never reads as none.
 */
export function shareOf(count: number, total: number): string {
  const value = countValue(count);
  if (total <= 0 || value === 0) return "0%";
  const percent = Math.round((value / total) * 100);
  if (percent === 0) return "<1%";
  if (percent === 100 && value < total) return ">99%";
  return `${percent}%`;
}
