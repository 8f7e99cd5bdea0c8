import { RouterContextProvider } from "react-router";

/** The arguments React Router passes a loader or action, for a request to `path`. */
export function routeArgs<P extends Record<string, string>>(
  path: string,
  params: P,
  init?: RequestInit,
): { request: Request; url: URL; params: P; context: RouterContextProvider; pattern: string } {
  const url = new URL(path, "http://localhost:3000");
  return {
    request: new Request(url, init),
    url,
    params,
    context: new RouterContextProvider(),
    pattern: url.pathname,
  };
}
