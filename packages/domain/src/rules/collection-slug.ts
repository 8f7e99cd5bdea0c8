import { COLLECTION_SLUG_MAX } from "../schemas/collections.ts";

/**
 * An address suggested from a collection's title ("Trusts with special schools in the North
 * West" → "trusts-with-special-schools-in-the-north-west"), which the curator may change. Accents
 * are dropped rather than the letters, and "&" reads as "and".
 */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, COLLECTION_SLUG_MAX)
    .replace(/-+$/, "");
}
