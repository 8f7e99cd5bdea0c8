// Where the curators' collection pages live: the list, a new one, and one by its id.

export const collectionsPath = "/collections";
export const newCollectionPath = "/collections/new";

/** One collection's editor: /collections/:collectionId. */
export function collectionHref(collectionId: string): string {
  return `${collectionsPath}/${encodeURIComponent(collectionId)}`;
}

/** Where the public reads a published collection, on the public site. */
export function publicCollectionUrl(siteUrl: string, slug: string): string {
  return `${siteUrl.replace(/\/$/, "")}/collections/${slug}`;
}
