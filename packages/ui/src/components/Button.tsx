import type { ComponentProps, ReactNode } from "react";
import { cx } from "../internal/cx.ts";
import { type LinkComponent, useLinkComponent } from "../link.tsx";

export type ButtonVariant = "primary" | "secondary" | "warning";

type ButtonCommonProps = {
  variant?: ButtonVariant;
  /** Stretch to the container's width (always the case on narrow screens). */
  fullWidth?: boolean;
  children: ReactNode;
  className?: string;
};

export type ButtonAsButtonProps = ButtonCommonProps &
  Omit<ComponentProps<"button">, "type" | "className" | "children"> & {
    /** Defaults to "submit" (native behaviour, so forms work without JavaScript). */
    type?: "submit" | "button" | "reset";
    href?: undefined;
    linkComponent?: undefined;
  };

export type ButtonAsLinkProps = ButtonCommonProps &
  Omit<ComponentProps<"a">, "href" | "className" | "children"> & {
    /** Renders a link styled as a button (for navigation, e.g. "Start now", "Add trust"). */
    href: string;
    linkComponent?: LinkComponent;
  };

export type ButtonProps = ButtonAsButtonProps | ButtonAsLinkProps;

function isLinkProps(props: ButtonProps): props is ButtonAsLinkProps {
  return props.href !== undefined;
}

export function Button(props: ButtonProps) {
  const Link = useLinkComponent(props.linkComponent);
  const classes = (variant: ButtonVariant, fullWidth: boolean, className: string | undefined) =>
    cx("ui-button", `ui-button--${variant}`, fullWidth && "ui-button--full-width", className);

  if (isLinkProps(props)) {
    const {
      variant = "primary",
      fullWidth = false,
      className,
      linkComponent: _linkComponent,
      children,
      ...linkProps
    } = props;
    return (
      <Link {...linkProps} className={classes(variant, fullWidth, className)}>
        {children}
      </Link>
    );
  }

  const {
    variant = "primary",
    fullWidth = false,
    className,
    type = "submit",
    href: _href,
    linkComponent: _linkComponent,
    children,
    ...buttonProps
  } = props;
  return (
    <button {...buttonProps} type={type} className={classes(variant, fullWidth, className)}>
      {children}
    </button>
  );
}
