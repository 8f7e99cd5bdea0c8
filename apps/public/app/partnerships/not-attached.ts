import { MAX_PARTNERSHIP_DOCUMENTS } from "@atlas/domain";
import { MAX_DOCUMENTS_PER_POST, maxMegabytes } from "./documents.ts";

// A request is made before its documents are sent, so one can be refused after the request
// stands. The page it redirects to says which and why, from its address: a reason by name, in
// our words, so an address cannot make the page say anything else.

/**
 * Why a document was not attached: the API refused the file (`rejected`: its type, size, or
 * the partnership's limit), refused the person or the partnership's state (`refused`), or
 * could not be asked (`failed`).
 */
export type NotAttachedReason = "rejected" | "refused" | "failed";

export interface NotAttached {
  fileName: string;
  reason: NotAttachedReason;
  /** The API's own words when it gave any, for a page that can show them by the field. */
  message: string | null;
}

const NOT_ATTACHED_PARAM = "notAttached";

const reasons: Record<NotAttachedReason, string> = {
  rejected: `it is not a document a partnership keeps: a PDF or Word (.docx) file of at most ${maxMegabytes} MB, at most ${MAX_PARTNERSHIP_DOCUMENTS} to a partnership.`,
  refused: "documents cannot be added to this partnership now.",
  failed: "it could not be sent just now.",
};

const isReason = (value: string): value is NotAttachedReason => value in reasons;

/** The address's parameters that carry them: `notAttached=failed:Minutes.pdf`, one each. */
export function notAttachedParams(list: readonly NotAttached[]): [string, string][] {
  return list.map((d) => [NOT_ATTACHED_PARAM, `${d.reason}:${d.fileName}`]);
}

/** "Minutes.pdf was not attached: it could not be sent just now.", the API's words if any. */
export function notAttachedSentence({ fileName, reason, message }: NotAttached): string {
  return `${fileName} was not attached: ${message ?? reasons[reason]}`;
}

/** What the address says was not attached, in sentences; unknown reasons are left out. */
export function readNotAttached(params: URLSearchParams): string[] {
  return params
    .getAll(NOT_ATTACHED_PARAM)
    .slice(0, MAX_DOCUMENTS_PER_POST)
    .flatMap((value) => {
      const colon = value.indexOf(":");
      const reason = value.slice(0, colon);
      const fileName = value.slice(colon + 1);
      return colon > 0 && isReason(reason) && fileName !== ""
        ? [notAttachedSentence({ fileName, reason, message: null })]
        : [];
    });
}
