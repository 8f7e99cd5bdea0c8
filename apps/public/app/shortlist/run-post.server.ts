import type { ApiClient } from "../graphql/client.server.ts";
import { throwApiError } from "../graphql/client.server.ts";
import { readTrustSearch, toTrustFilter } from "../search/params.ts";
import {
  AddToShortlistMutation,
  DeleteSavedSearchMutation,
  MarkSavedSearchSeenMutation,
  RemoveFromShortlistMutation,
  SaveSearchMutation,
  SetSavedSearchAlertsMutation,
} from "./mutations.ts";
import type { ShortlistFormError, ShortlistPost } from "./shortlist-form.ts";

/** What a mutation answers: its payload's type name, and a message when it is a user error. */
interface Outcome {
  __typename: string;
  message?: string;
}

/** What came of a post: where to go next, or what to tell the person. */
export type PostResult =
  | { ok: true; redirectTo: string | null }
  | { ok: false; error: ShortlistFormError; status: 400 | 403 };

/** The API refuses anyone but the school's members; said in the page's words. */
const NOT_A_MEMBER =
  "Only people who work for the school on Trust Atlas can change its shortlist and saved searches.";

/**
 * Carries out one checked post to a school's shortlist page through the API. A user error
 * (a closed trust, too many saved searches, an id that is not one) comes back to show; an
 * API that cannot be reached or fails is the error page, as for any page.
 */
export async function runShortlistPost(
  api: ApiClient,
  urn: number,
  post: ShortlistPost,
): Promise<PostResult> {
  const outcome = async <D>(
    run: Promise<{ data?: D; error?: Parameters<typeof throwApiError>[0] }>,
    pick: (data: D) => Outcome,
  ): Promise<Outcome> => {
    const result = await run;
    if (result.error?.graphQLErrors.some((e) => e.extensions.code === "FORBIDDEN")) {
      return { __typename: "Forbidden", message: NOT_A_MEMBER };
    }
    if (result.error) throwApiError(result.error);
    if (!result.data) throw new Error("The API answered with no data.");
    return pick(result.data);
  };
  const failed = (field: string, o: Outcome): PostResult => ({
    ok: false,
    error: { field, message: o.message ?? "That could not be done." },
    status: o.__typename === "Forbidden" ? 403 : 400,
  });
  switch (post.intent) {
    case "add": {
      const o = await outcome(
        api.mutate(AddToShortlistMutation, { input: { urn, trustId: post.trustId } }),
        (d) => d.addToShortlist,
      );
      return o.__typename === "AddToShortlistPayload"
        ? { ok: true, redirectTo: post.returnTo }
        : failed("trustId", o);
    }
    case "remove": {
      const o = await outcome(
        api.mutate(RemoveFromShortlistMutation, { input: { urn, trustId: post.trustId } }),
        (d) => d.removeFromShortlist,
      );
      return o.__typename === "RemoveFromShortlistPayload"
        ? { ok: true, redirectTo: post.returnTo }
        : failed("trustId", o);
    }
    case "note": {
      const o = await outcome(
        api.mutate(AddToShortlistMutation, {
          input: { urn, trustId: post.trustId, note: post.note },
        }),
        (d) => d.addToShortlist,
      );
      return o.__typename === "AddToShortlistPayload"
        ? { ok: true, redirectTo: null }
        : failed("note", o);
    }
    case "save-search": {
      const { search } = readTrustSearch(new URLSearchParams(post.search));
      const o = await outcome(
        api.mutate(SaveSearchMutation, {
          input: { urn, name: post.name, filter: toTrustFilter(search), alerts: post.alerts },
        }),
        (d) => d.saveSearch,
      );
      return o.__typename === "SaveSearchPayload"
        ? { ok: true, redirectTo: post.returnTo }
        : failed("name", o);
    }
    case "mark-seen": {
      const o = await outcome(
        api.mutate(MarkSavedSearchSeenMutation, { input: { id: post.savedSearchId } }),
        (d) => d.markSavedSearchSeen,
      );
      return o.__typename === "MarkSavedSearchSeenPayload"
        ? { ok: true, redirectTo: null }
        : failed("savedSearchId", o);
    }
    case "set-alerts": {
      const o = await outcome(
        api.mutate(SetSavedSearchAlertsMutation, {
          input: { id: post.savedSearchId, alerts: post.alerts },
        }),
        (d) => d.setSavedSearchAlerts,
      );
      return o.__typename === "SetSavedSearchAlertsPayload"
        ? { ok: true, redirectTo: null }
        : failed("alerts", o);
    }
    case "delete-search": {
      const o = await outcome(
        api.mutate(DeleteSavedSearchMutation, { input: { id: post.savedSearchId } }),
        (d) => d.deleteSavedSearch,
      );
      return o.__typename === "DeleteSavedSearchPayload"
        ? { ok: true, redirectTo: null }
        : failed("savedSearchId", o);
    }
    default:
      return post satisfies never;
  }
}
