import {
  type AuditAction,
  type AuditSubject,
  auditActions,
  auditSubjects,
  isIsoDate,
} from "@atlas/domain";
import { type PageArgs, type PagePosition, pageArgs } from "@atlas/ui";

// The audit log's filters as they are kept in the address:
// `/audit-log?action=TRUST_VERIFIED&from=2026-01-01&to=2026-01-31&trust=<id>`, plus the shared
// paging parameters. A value the log does not offer (a hand-edited address) is left out.

export const auditPageSize = 25;

export const auditParams = {
  action: "action",
  subject: "subject",
  from: "from",
  to: "to",
  trust: "trust",
} as const;

export interface AuditLogSearch {
  action: AuditAction | null;
  subject: AuditSubject | null;
  from: string | null;
  to: string | null;
  /** A trust's global id: the entries about it. */
  trust: string | null;
}

const oneOf = <T extends string>(keys: readonly T[], value: string | null): T | null =>
  keys.find((k) => k === value) ?? null;

const day = (value: string | null) => (value !== null && isIsoDate(value) ? value : null);

/** A trust's id is opaque: anything short and plain is passed on for the API to judge. */
const trustId = (value: string | null) =>
  value !== null && /^[A-Za-z0-9+/=_-]{1,200}$/.test(value) ? value : null;

export function readAuditLogSearch(params: URLSearchParams): AuditLogSearch {
  return {
    action: oneOf(auditActions.keys, params.get(auditParams.action)),
    subject: oneOf(auditSubjects.keys, params.get(auditParams.subject)),
    from: day(params.get(auditParams.from)),
    to: day(params.get(auditParams.to)),
    trust: trustId(params.get(auditParams.trust)),
  };
}

export function auditLogParams(search: AuditLogSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(auditParams) as [keyof AuditLogSearch, string][]) {
    const value = search[key];
    if (value !== null) params.set(name, value);
  }
  return params;
}

export function auditLogHref(search: AuditLogSearch, basePath = "/audit-log"): string {
  const query = auditLogParams(search).toString();
  return query === "" ? basePath : `${basePath}?${query}`;
}

/** The form's fields read as the address is, so both say the same thing. */
export function auditLogSearchFromForm(form: FormData, kept: AuditLogSearch): AuditLogSearch {
  const params = new URLSearchParams();
  for (const name of [auditParams.action, auditParams.subject, auditParams.from, auditParams.to]) {
    const value = form.get(name);
    if (typeof value === "string" && value !== "") params.set(name, value);
  }
  // The trust is chosen from its curation page, not in the form: it stays until cleared.
  if (kept.trust) params.set(auditParams.trust, kept.trust);
  return readAuditLogSearch(params);
}

export interface AuditLogFilterVariables {
  actions?: AuditAction[];
  subjectTypes?: AuditSubject[];
  from?: string;
  to?: string;
  trustId?: string;
}

export function auditLogVariables(
  search: AuditLogSearch,
  position: PagePosition,
): PageArgs & { filter?: AuditLogFilterVariables } {
  const paging = pageArgs(position, auditPageSize);
  const filter: AuditLogFilterVariables = {};
  if (search.action) filter.actions = [search.action];
  if (search.subject) filter.subjectTypes = [search.subject];
  if (search.from) filter.from = search.from;
  if (search.to) filter.to = search.to;
  if (search.trust) filter.trustId = search.trust;
  return Object.keys(filter).length === 0 ? paging : { ...paging, filter };
}

export function isFiltered(search: AuditLogSearch): boolean {
  return Object.values(search).some((v) => v !== null);
}
