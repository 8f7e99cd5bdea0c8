import { type ReactNode, useId } from "react";
import { cx, hasContent } from "../internal/cx.ts";

export type NoticeTone = "info" | "success" | "warning" | "error";

export type NoticeProps = {
  tone?: NoticeTone;
  title?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  children?: ReactNode;
  /**
   * Default: a titled notice is a `<section>` region labelled by its title; an untitled one
   * has no role. Use "status" (or "alert") for a message that appears after an action.
   */
  role?: "region" | "status" | "alert";
  className?: string;
};

const toneLabel: Record<NoticeTone, string> = {
  info: "Information",
  success: "Success",
  warning: "Warning",
  error: "Error",
};

const toneIcon: Record<NoticeTone, string> = { info: "i", success: "✓", warning: "!", error: "!" };

/** A highlighted message (banner) with a tone conveyed by colour, icon and hidden text. */
export function Notice({
  tone = "info",
  title,
  headingLevel = 2,
  children,
  role,
  className,
}: NoticeProps) {
  const titleId = useId();
  const hasTitle = hasContent(title);
  const HeadingElement = `h${headingLevel}` as const;
  const classes = cx("ui-notice", `ui-notice--${tone}`, className);
  const content = (
    <>
      <span className="ui-notice__icon" aria-hidden="true">
        {toneIcon[tone]}
      </span>
      <div className="ui-notice__content">
        {hasTitle ? (
          <HeadingElement className="ui-notice__title" id={titleId}>
            <span className="ui-visually-hidden">{toneLabel[tone]}: </span>
            {title}
          </HeadingElement>
        ) : (
          <span className="ui-visually-hidden">{toneLabel[tone]}: </span>
        )}
        {hasContent(children) && <div className="ui-notice__body">{children}</div>}
      </div>
    </>
  );
  // A titled notice is a landmark region named by its title (a <section> with a name).
  if (role === "region" || (role === undefined && hasTitle)) {
    return (
      <section className={classes} aria-labelledby={hasTitle ? titleId : undefined}>
        {content}
      </section>
    );
  }
  return (
    <div className={classes} role={role}>
      {content}
    </div>
  );
}
