import type { Plugin } from "graphql-yoga";

/** `/healthz`: the process is alive. `/readyz`: it can reach its database. */
export function useHealthChecks(ping: () => Promise<void>): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === "/healthz") {
        endResponse(new fetchAPI.Response("ok", { status: 200 }));
      } else if (url.pathname === "/readyz") {
        const ready = await ping().then(
          () => true,
          () => false,
        );
        endResponse(
          new fetchAPI.Response(ready ? "ready" : "database unreachable", {
            status: ready ? 200 : 503,
          }),
        );
      }
    },
  };
}
