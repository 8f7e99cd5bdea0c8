import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { adminRoutes } from "../../src/routing/routes.tsx";
import { SessionProvider } from "../../src/session/SessionProvider.tsx";
import type { SessionClient } from "../../src/session/session-client.ts";

/**
 * Runs a request through the admin's routes as the browser router would (loaders, actions, the
 * lazy routes' components) and renders the page; a redirect comes back as the response. Server
 * renders do not wait for queries: a test asks the session's client first, and the render
 * reads the answers from its cache.
 */
export async function renderRoute(session: SessionClient, path: string, init?: RequestInit) {
  const handler = createStaticHandler(adminRoutes(session));
  const context = await handler.query(new Request(`http://admin.test${path}`, init));
  if (context instanceof Response) return { response: context, html: "", context: undefined };
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <SessionProvider session={session}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </SessionProvider>,
  );
  return { response: undefined, html, context };
}

/** The page's HTML; a redirect fails the test, naming where it went. */
export async function renderPage(session: SessionClient, path: string): Promise<string> {
  const { response, html } = await renderRoute(session, path);
  if (response) throw new Error(`redirected to ${response.headers.get("location")}`);
  return html;
}

/** A page's HTML as the words a reader sees: tags gone, entities read, spaces folded. */
export function textOf(html: string): string {
  return html
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
