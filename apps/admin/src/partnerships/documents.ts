import { documentMediaTypes, isOpenPartnershipState, type PartnershipState } from "@atlas/domain";

// How the partnership page shows its documents; the rules for what may be attached are the
// domain's (document-upload.ts there), checked in document-upload.ts here.

const typeLabels: Record<string, string> = {
  [documentMediaTypes.pdf]: "PDF",
  [documentMediaTypes.docx]: "Word document",
};

/** "PDF", "Word document"; a type this code does not know, as the API gave it. */
export function documentTypeLabel(mediaType: string): string {
  return typeLabels[mediaType] ?? mediaType;
}

/**
 * 812 → "812 bytes", 48_200 → "47 KB", 2_500_000 → "2.4 MB", counted as the domain writes its
 * limit (1 MB is 1,024 KB), so a file the limit refuses never shows as within it.
 */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? "1 byte" : `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** Null while documents may be attached; otherwise why not, as the API says it. */
export function documentsRefusal(state: PartnershipState): string | null {
  return isOpenPartnershipState(state)
    ? null
    : "This partnership has ended, so no more documents can be added.";
}
