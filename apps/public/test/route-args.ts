import { RouterContextProvider } from "react-router";
import { visitorAddressContext } from "../app/request-context.ts";

/**
 * The arguments React Router passes a loader or action, for a request to `path`. The load
 * context holds what the production server puts there (server/app.ts): a visitor's address.
 */
export function routeArgs<P extends Record<string, string>>(
  path: string,
  params: P,
  init?: RequestInit,
  visitorAddress = "192.0.2.10",
): { request: Request; url: URL; params: P; context: RouterContextProvider; pattern: string } {
  const url = new URL(path, "http://localhost:3000");
  const context = new RouterContextProvider();
  context.set(visitorAddressContext, visitorAddress);
  return { request: new Request(url, init), url, params, context, pattern: url.pathname };
}
