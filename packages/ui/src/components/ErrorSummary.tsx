import { type MouseEvent, type ReactNode, useEffect, useId, useRef } from "react";
import { hasContent } from "../internal/cx.ts";

export type ErrorSummaryItem = {
  /** Fragment of the field in error, e.g. "#email" (a TextInput's id defaults to its name). */
  href: string;
  text: ReactNode;
};

export type ErrorSummaryProps = {
  errors: readonly ErrorSummaryItem[];
  title?: ReactNode;
  description?: ReactNode;
  /**
   * Move focus to the summary's heading when it appears (server-rendered pages get the
   * `autofocus` attribute; in an SPA it is focused after mount). Default true.
   */
  focusOnMount?: boolean;
};

/** Focus the field a summary link points at and bring its label or legend into view. */
function focusTarget(event: MouseEvent<HTMLAnchorElement>) {
  const href = event.currentTarget.getAttribute("href") ?? "";
  if (!href.startsWith("#")) return;
  const target = document.getElementById(decodeURIComponent(href.slice(1)));
  if (!target) return;
  event.preventDefault();
  const legend = target.closest("fieldset")?.querySelector("legend");
  const label = target.id ? document.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null;
  (legend ?? label ?? target).scrollIntoView();
  target.focus({ preventScroll: true });
}

/**
 * Lists a form's errors at the top of the page, each linking to its field.
 * Renders nothing when `errors` is empty.
 */
export function ErrorSummary({
  errors,
  title = "There is a problem",
  description,
  focusOnMount = true,
}: ErrorSummaryProps) {
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (focusOnMount && hasErrors) headingRef.current?.focus();
  }, [focusOnMount, hasErrors]);

  if (!hasErrors) return null;
  return (
    <div className="ui-error-summary" role="alert" aria-labelledby={titleId}>
      <h2
        className="ui-error-summary__title"
        id={titleId}
        ref={headingRef}
        tabIndex={-1}
        // biome-ignore lint/a11y/noAutofocus: moving focus to the error summary is the expected pattern.
        autoFocus={focusOnMount}
      >
        {title}
      </h2>
      <div className="ui-error-summary__body">
        {hasContent(description) && <p>{description}</p>}
        <ul className="ui-error-summary__list">
          {errors.map((error) => (
            <li key={error.href}>
              <a href={error.href} onClick={focusTarget}>
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
