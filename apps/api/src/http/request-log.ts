import { randomUUID } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "../logger.ts";

const started = new WeakMap<Request, { id: string; at: number }>();

/** The request's id: the caller's `x-request-id` when it sent a sane one, else a new one. */
export function requestIdOf(request: Request): string {
  const known = started.get(request);
  if (known) return known.id;
  const given = request.headers.get("x-request-id");
  const id = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  started.set(request, { id, at: performance.now() });
  return id;
}

/** One JSON log line per request, carrying its id; the id is echoed in `x-request-id`. */
export function useRequestLog(logger: Logger): Plugin {
  return {
    onRequest({ request }) {
      requestIdOf(request);
    },
    onResponse({ request, response }) {
      const id = requestIdOf(request);
      const at = started.get(request)?.at ?? performance.now();
      response.headers.set("x-request-id", id);
      const url = new URL(request.url);
      if (["/healthz", "/readyz", "/metrics"].includes(url.pathname)) return;
      logger.info(
        {
          requestId: id,
          method: request.method,
          path: url.pathname,
          status: response.status,
          ms: Math.round(performance.now() - at),
        },
        "request",
      );
    },
  };
}
