import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";

/**
 * The id of a page's results heading (trust search results, a trust's schools). When only the
 * query changes (a search, Next, Previous), focus goes there rather than back to the top.
 */
export const RESULTS_HEADING_ID = "results-heading";

/** Where focus belongs once a new page or set of results is on screen. */
function focusTarget(samePage: boolean): HTMLElement | null {
  // A form's error summary says what went wrong, so it comes first.
  const errors = document.querySelector<HTMLElement>(".ui-error-summary h2");
  if (errors) return errors;
  const results = samePage ? document.getElementById(RESULTS_HEADING_ID) : null;
  return results ?? document.querySelector<HTMLElement>("main h1");
}

/**
 * After a client-side navigation, does what a full page load would for a screen reader or
 * keyboard user: moves focus to the new page's h1 (or the results heading, when the same page
 * shows new results) and announces the new page's title. Without this, focus falls to <body>,
 * or stays on a Next link the page has scrolled away from. The first load is the browser's.
 */
export function RouteFocus() {
  const { pathname, search } = useLocation();
  const previous = useRef({ pathname, search });
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    const before = previous.current;
    if (before.pathname === pathname && before.search === search) return;
    previous.current = { pathname, search };
    const target = focusTarget(before.pathname === pathname);
    if (target) {
      // Headings are not focusable until told so; -1 keeps them out of the Tab order.
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus();
    }
    setAnnouncement(document.title);
  }, [pathname, search]);

  return (
    <p className="ui-visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );
}
