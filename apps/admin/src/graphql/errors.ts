import type { CombinedError } from "@urql/core";

/** True when the API said the request needs a signed-in person (the session has ended). */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  return error?.graphQLErrors.some((e) => e.extensions.code === "UNAUTHENTICATED") ?? false;
}
