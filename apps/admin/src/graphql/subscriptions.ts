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
 * A refusal that asking again will not change (the document is not one the API runs, the
 * request is malformed, the session may not see it): the stream is given up instead of being
 * retried every 30 s for as long as the page is open. A timeout or a rate limit is worth
 * waiting out, and any 5xx is the API in trouble, so those are retried.
 */
export function isLastingRefusal(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** Why a stream was given up: the API's lasting refusal of it. */
export class SubscriptionRefusedError extends Error {
  constructor(readonly status: number) {
    super(`The API refused this live update stream (HTTP ${status}).`);
    this.name = "SubscriptionRefusedError";
  }
}

/**
 * Subscriptions over server-sent events, one stream per subscription (the GraphQL over SSE
 * protocol's "distinct connections" mode, which Yoga serves on the ordinary `/graphql` with
 * `Accept: text/event-stream`), through the same origin and cookie as every other request.
 * A stream that drops (the API restarted, the network went away) is reopened for as long as
 * the page wants it: an inbox left open all day should not go quiet after a few hiccups.
 * A lasting refusal (see isLastingRefusal) ends it with an error instead.
 */
export function sseSubscriptionExchange(options: SubscriptionOptions): Exchange {
  const baseFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return subscriptionExchange({
    forwardSubscription(request, operation) {
      // The document's text, as every other request sends it: the API's trusted-documents
      // check accepts it by its text (see docs/decisions.md), so no hash is needed.
      const params: RequestParams = { ...request, query: request.query ?? "" };
      return {
        subscribe(sink) {
          // A client per stream: graphql-sse hands `retry` only a count, so the last answer
          // this stream got has to be kept beside it to tell a refusal from a dropped line.
          let refusedWith: number | undefined;
          const sse = createClient({
            url: options.url,
            credentials: "same-origin",
            headers: options.headers,
            retryAttempts: Number.POSITIVE_INFINITY,
            async retry(retries) {
              // Thrown here, it reaches the sink as the stream's error and nothing retries.
              if (refusedWith !== undefined) throw new SubscriptionRefusedError(refusedWith);
              await retryDelay(retries);
            },
            async fetchFn(input: RequestInfo | URL, init?: RequestInit) {
              const response = await baseFetch(input, init);
              refusedWith = isLastingRefusal(response.status) ? response.status : undefined;
              return response;
            },
          });
          const unsubscribe = sse.subscribe(params, sink, {
            connected(reconnected) {
              if (reconnected) operation.context.onReconnected?.();
            },
          });
          return {
            unsubscribe() {
              unsubscribe();
              sse.dispose();
            },
          };
        },
      };
    },
  });
}
