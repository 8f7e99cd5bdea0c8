// Where the curators' pages live: the list of trusts at /curation, one trust's curation page
// under it (so the side navigation keeps "Curation" current), and the audit log.

export const curationPath = "/curation";
export const auditLogPath = "/audit-log";

/** One trust's curation page: /curation/trusts/:trustId. */
export function trustCurationHref(trustId: string): string {
  return `${curationPath}/trusts/${encodeURIComponent(trustId)}`;
}
