import { LinkProvider } from "@atlas/ui";
import { Outlet, ScrollRestoration } from "react-router";
import { RouterLink } from "./RouterLink.tsx";
import { useRouteFocus } from "./route-focus.ts";

/** Above every page: router-aware links for @atlas/ui, focus and scroll on navigation. */
export function RootLayout() {
  useRouteFocus();
  return (
    <LinkProvider component={RouterLink}>
      <Outlet />
      <ScrollRestoration />
    </LinkProvider>
  );
}
