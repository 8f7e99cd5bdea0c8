/** URNs are six digits; anything else cannot be a school, so it is a 404 without asking the API. */
export function parseUrn(raw: string | undefined): number | null {
  if (raw === undefined || !/^\d{6}$/.test(raw)) return null;
  return Number(raw);
}
