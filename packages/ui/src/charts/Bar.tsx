import { cx } from "../internal/cx.ts";

export type BarProps = {
  /** Length from 0 to 100 (see `barLength`). */
  length: number;
  className?: string;
};

/**
 * A horizontal bar drawn in SVG, sized by the `width` attribute rather than a `style`, which the
 * apps' Content Security Policy would block. Hidden from assistive technology: every bar has its
 * figure written beside it.
 */
export function Bar({ length, className }: BarProps) {
  return (
    <svg
      className={cx("ui-bar", className)}
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <rect className="ui-bar__track" width="100" height="10" />
      <rect className="ui-bar__fill" width={length} height="10" />
    </svg>
  );
}
