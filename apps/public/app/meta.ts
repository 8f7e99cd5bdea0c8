export const SERVICE_NAME = "Trust Atlas";

/** A page's `<title>`: most specific part first, then the service ("Oak Trust – Trust Atlas"). */
export function pageTitle(...parts: string[]): string {
  return [...parts.filter((p) => p !== ""), SERVICE_NAME].join(" – ");
}
