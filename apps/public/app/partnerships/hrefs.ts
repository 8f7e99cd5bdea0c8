// Where a school's partnership pages live. Partnership ids are the API's global ids (base64,
// with "=" and "/" in them), so they are always encoded into a path.

/** The school's partnerships and requests. */
export function partnershipsHref(urn: number): string {
  return `/schools/${urn}/partnerships`;
}

/** The form a school's member fills in to ask `trustId` for a partnership. */
export function newPartnershipHref(urn: number, trustId: string): string {
  return `${partnershipsHref(urn)}/new?${new URLSearchParams({ trust: trustId })}`;
}

/** One partnership of the school's. */
export function partnershipHref(urn: number, partnershipId: string): string {
  return `${partnershipsHref(urn)}/${encodeURIComponent(partnershipId)}`;
}

/**
 * A partnership's document, downloaded through this site (routes/partnership-document.ts,
 * which passes the visitor's session on to the API), at the path the API serves it on.
 */
export function documentHref(downloadPath: string): string {
  const id = downloadPath.split("/").pop() ?? "";
  return `/files/partnership-documents/${encodeURIComponent(id)}`;
}
