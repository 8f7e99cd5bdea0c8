import { cacheExchange } from "@urql/exchange-graphcache";
import { Client, fetchExchange, mapExchange } from "urql";
import { graphqlEndpoint } from "../config.ts";
import { cacheConfig } from "./cache-config.ts";
import { isUnauthenticated } from "./errors.ts";
import { sseSubscriptionExchange } from "./subscriptions.ts";

export interface AtlasClientOptions {
  /** Called when the API answers that the session has ended (expired or signed out elsewhere). */
  onUnauthenticated?: () => void;
  url?: string;
  fetch?: typeof fetch;
}

/**
 * The admin's urql client: normalised cache over same-origin `/graphql`, subscriptions included
 * (server-sent events). Each session gets its own client (see session-client.ts), so nothing one
 * person saw survives into the next session.
 */
export function createAtlasClient(options: AtlasClientOptions = {}): Client {
  const url = options.url ?? graphqlEndpoint;
  // Yoga's CSRF prevention: a header a cross-site form or image cannot send.
  const headers = { "x-graphql-yoga-csrf": "1" };
  return new Client({
    url,
    exchanges: [
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) options.onUnauthenticated?.();
        },
      }),
      cacheExchange(cacheConfig),
      // After the cache, so each event is written to it (and its updates run) like any answer.
      sseSubscriptionExchange({ url, headers, ...(options.fetch ? { fetch: options.fetch } : {}) }),
      fetchExchange,
    ],
    // POST only: authenticated answers must never sit in an HTTP cache.
    preferGetMethod: false,
    fetchOptions: {
      credentials: "same-origin",
      headers,
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
