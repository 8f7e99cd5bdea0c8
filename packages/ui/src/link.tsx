import {
  type ComponentProps,
  type ComponentType,
  createContext,
  type ReactNode,
  useContext,
} from "react";

/**
 * Props every link component receives. `href` is always a string: adapt it to your
 * router's prop (React Router's `<Link>` takes `to`).
 */
export type LinkComponentProps = Omit<ComponentProps<"a">, "href"> & { href: string };

/** A component that renders a navigating link, e.g. a wrapper around React Router's `<Link>`. */
export type LinkComponent = ComponentType<LinkComponentProps>;

/** The default link: a plain `<a>`. */
export function PlainLink(props: LinkComponentProps) {
  return <a {...props} />;
}

const LinkContext = createContext<LinkComponent>(PlainLink);

export type LinkProviderProps = { component: LinkComponent; children?: ReactNode };

/**
 * Sets the link component used by every `@atlas/ui` component below it
 * (Header, Footer, Breadcrumbs, NavList, Pagination, Card, Button with `href`, TextLink…).
 * A component's own `linkComponent` prop wins over the provider.
 */
export function LinkProvider({ component, children }: LinkProviderProps) {
  return <LinkContext value={component}>{children}</LinkContext>;
}

/** The link component to render: the override if given, else the provider's, else `<a>`. */
export function useLinkComponent(override?: LinkComponent): LinkComponent {
  const fromContext = useContext(LinkContext);
  return override ?? fromContext;
}
