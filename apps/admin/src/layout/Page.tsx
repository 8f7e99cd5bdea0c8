import { Heading } from "@atlas/ui";
import { type ReactNode, useEffect } from "react";
import { serviceName } from "../config.ts";

/** The document title for a page: "Dashboard – Trust Atlas admin". */
export function documentTitle(title: string): string {
  return `${title} – ${serviceName}`;
}

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = documentTitle(title);
  }, [title]);
}

export type PageProps = {
  /** The page's one h1; also the document title unless `documentTitle` says otherwise. */
  title: string;
  /** E.g. "Error: Sign in" while the form shows errors. */
  documentTitle?: string;
  /** A line above the h1, read as part of it (e.g. the trust's name). */
  caption?: ReactNode;
  children?: ReactNode;
};

/**
 * A page's heading and title. The h1 can take focus from script: after each navigation the
 * router moves focus to it (see useRouteFocus), so screen readers announce the new page.
 */
export function Page({ title, documentTitle: titleOfDocument, caption, children }: PageProps) {
  useDocumentTitle(titleOfDocument ?? title);
  return (
    <>
      <Heading level={1} tabIndex={-1} caption={caption}>
        {title}
      </Heading>
      {children}
    </>
  );
}
