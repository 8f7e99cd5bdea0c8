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
      const deadline = AbortSignal.timeout(ms);
      const request = (args.contextValue as { request?: Request }).request;
      const signal = request ? AbortSignal.any([request.signal, deadline]) : deadline;
      setExecuteFn(async (executionArgs) => {
        try {
          // The executor Yoga uses (graphql-tools) reads the signal from the execution args.
          const result = await executeFn({ ...executionArgs, signal } as typeof executionArgs);
          return deadline.aborted ? timedOut(ms) : result;
        } catch (error) {
          if (deadline.aborted) return timedOut(ms);
          throw error;
        }
      });
    },
  };
}
