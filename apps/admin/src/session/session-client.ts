import type { Client } from "urql";

/**
 * Holds the urql client of the current session. Signing in or out replaces it with a fresh
 * one, dropping everything cached for the previous person, and tells subscribers (React).
 */
export interface SessionClient {
  readonly current: () => Client;
  /** Starts over with an empty cache; returns the new client. */
  readonly reset: () => Client;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createSessionClient(makeClient: () => Client): SessionClient {
  let client = makeClient();
  const listeners = new Set<() => void>();
  return {
    current: () => client,
    reset: () => {
      client = makeClient();
      for (const listener of listeners) listener();
      return client;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
