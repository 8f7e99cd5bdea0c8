import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { createGraphQLError } from "graphql-yoga";

export const TIMEOUT_MESSAGE =
  "This request took too long and was stopped. Try again, or ask for less (a smaller page or fewer fields).";

function timedOut(ms: number): ExecutionResult {
  return {
    data: null,
    errors: [
      createGraphQLError(TIMEOUT_MESSAGE, { extensions: { code: "TIMEOUT", timeoutMs: ms } }),
    ],
  };
}

/**
 * Gives each operation `ms` to finish. Past that the executor stops resolving (it honours the
 * abort signal, as when the client goes away) and the answer is one clear TIMEOUT error instead
 * of a hung request. The database enforces its own limit (`statement_timeout`) on the
 * statement then running.
 */
export function useExecutionDeadline(ms: number): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const request = (args.contextValue as { request?: Request }).request;
      setExecuteFn(async (executionArgs) => {
        // A controller and a timer cleared when execution ends, rather than AbortSignal.timeout
        // and AbortSignal.any: those keep each request's signals (and the executor's listeners,
        // which hold its results) alive until the timer fires, so memory grew with throughput.
        const stop = new AbortController();
        let expired = false;
        const timer = setTimeout(() => {
          expired = true;
          stop.abort();
        }, ms);
        const onClientGone = () => stop.abort();
        if (request?.signal.aborted) stop.abort();
        else request?.signal.addEventListener("abort", onClientGone, { once: true });
        const signal = stop.signal;
        try {
          // The executor Yoga uses (graphql-tools) reads the signal from the execution args.
          const result = await executeFn({ ...executionArgs, signal } as typeof executionArgs);
          return expired ? timedOut(ms) : result;
        } catch (error) {
          if (expired) return timedOut(ms);
          throw error;
        } finally {
          clearTimeout(timer);
          request?.signal.removeEventListener("abort", onClientGone);
        }
      });
    },
  };
}
