import type { UpdateResolver } from "@urql/exchange-graphcache";

interface Changed {
  __typename?: string;
  id?: unknown;
  trust?: { id?: unknown } | null;
}

/**
 * `Subscription.partnershipUpdated`: a partnership the cache already holds is rewritten by the
 * event itself (its row and the inbox's counts follow), but a new request is in no list yet.
 * It goes first in its trust's inbox (the list is newest first and the event carries every field
 * a row shows), so the list and its counts are right without asking the API again. A list asked
 * for with a filter cannot be judged here, so it is dropped and fetched afresh.
 */
export const addToInbox: UpdateResolver = (result, _args, cache) => {
  const changed = result.partnershipUpdated as Changed | null | undefined;
  const trustId = changed?.trust?.id;
  if (!changed || typeof trustId !== "string") return;
  const key = cache.keyOfEntity({ __typename: "Partnership", id: String(changed.id) });
  const trust = { __typename: "Trust", id: trustId };
  for (const field of cache.inspectFields(trust)) {
    if (field.fieldName !== "partnershipRequests") continue;
    if (field.arguments) {
      cache.invalidate(trust, field.fieldName, field.arguments);
      continue;
    }
    // A list of entity keys ("Partnership:…"), as graphcache stores links.
    const list: unknown = cache.resolve(trust, field.fieldKey);
    if (Array.isArray(list) && key && !list.includes(key)) {
      cache.link(trust, field.fieldKey, [key, ...(list as string[])]);
    }
  }
};
