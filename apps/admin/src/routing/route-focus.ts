import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * After a client-side navigation, moves focus to the new page's h1 (or its main landmark), as
 * a full page load would reset it: screen readers then announce the page, and keyboard users
 * continue from the top. The first load keeps the browser's own behaviour.
 */
export function useRouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const target =
      document.querySelector<HTMLElement>("main h1") ?? document.querySelector<HTMLElement>("main");
    target?.focus();
  }, [pathname]);
}
