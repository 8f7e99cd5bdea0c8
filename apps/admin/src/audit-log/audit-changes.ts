// An audit entry's before and after, as a curator reads them: one row per field, the field's
// name in words, each side's value as text, and whether it changed. The log keeps whatever the
// action recorded (JSON objects), so anything unexpected is still shown, as JSON.

export interface ChangeRow {
  field: string;
  /** Null when the entry recorded no "before" at all (a first verification, say). */
  before: string | null;
  /** Null when the entry recorded no "after" at all (something removed). */
  after: string | null;
  changed: boolean;
}

/** "contactName" → "Contact name"; "checked_on" → "Checked on". */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/[_-]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const absent = "—";

/** A recorded value as text: yes/no for booleans, a dash for nothing, JSON for the rest. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null || value === "") return absent;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string") return value;
  if (typeof value === "number") return value.toLocaleString("en-GB");
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join(", ");
  return JSON.stringify(value);
}

const recorded = (value: unknown) => value !== null && value !== undefined;

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : recorded(value)
      ? { value }
      : {};

/** Every field either side recorded, in the order first seen (after's new ones last). */
export function changeRows(before: unknown, after: unknown): ChangeRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => {
    const was = recorded(before) ? valueText(b[key]) : null;
    const now = recorded(after) ? valueText(a[key]) : null;
    return { field: fieldLabel(key), before: was, after: now, changed: was !== now };
  });
}
