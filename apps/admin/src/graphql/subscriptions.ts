import { createClient, type RequestParams } from "graphql-sse";
import { type Exchange, subscriptionExchange } from "urql";

declare module "@urql/core" {
  interface OperationContext {
    /**
     * Called when a subscription's stream came back after it dropped: whatever changed while it
     * was down was never heard, so the page asks the API again for what it shows.
     */
    onReconnected?: () => void;
  }
}

/** The longest pause between attempts to reopen a dropped stream. */
const maxRetryDelayMs = 30_000;

/**
 * Doubling pauses from 1 s up to 30 s, each with up to a second of jitter, so that when the API
 * restarts the open admin pages do not all come back in the same instant.
 */
export async function retryDelay(retries: number): Promise<void> {
  const delay = Math.min(1000 * 2 ** retries, maxRetryDelayMs) + Math.random() * 1000;
  await new Promise((resolve) => setTimeout(resolve, delay));
}

export interface SubscriptionOptions {
  url: string;
  fetch?: typeof fetch;
  headers: Record<string, string>;
}

/**
 * Subscriptions over server-sent events, one stream per subscription (the GraphQL over SSE
 * protocol's "distinct connections" mode, which Yoga serves on the ordinary `/graphql` with
 * `Accept: text/event-stream`), through the same origin and cookie as every other request.
 * A stream that drops (the API restarted, the network went away) is reopened for as long as
 * the page wants it: an inbox left open all day should not go quiet after a few hiccups.
 */
export function sseSubscriptionExchange(options: SubscriptionOptions): Exchange {
  const sse = createClient({
    url: options.url,
    credentials: "same-origin",
    headers: options.headers,
    retryAttempts: Number.POSITIVE_INFINITY,
    retry: retryDelay,
    ...(options.fetch ? { fetchFn: options.fetch } : {}),
  });
  return subscriptionExchange({
    forwardSubscription(request, operation) {
      // The document's text, as every other request sends it: the API's trusted-documents
      // check accepts it by its text (see docs/decisions.md), so no hash is needed.
      const params: RequestParams = { ...request, query: request.query ?? "" };
      return {
        subscribe(sink) {
          const unsubscribe = sse.subscribe(params, sink, {
            connected(reconnected) {
              if (reconnected) operation.context.onReconnected?.();
            },
          });
          return { unsubscribe };
        },
      };
    },
  });
}
