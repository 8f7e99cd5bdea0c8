export interface ProfileChange {
  /** Dotted path of the field, e.g. "finance.reserves.targetPercent". */
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** Deep equality of JSON-like values (what profile versions are stored as). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => same(a[k], b[k]));
  }
  return false;
}

/**
 * The fields that changed between two versions of a trust profile, for the profile's history.
 * Nested objects are walked and named by dotted path; arrays are compared as wholes (a values
 * list that gained an entry is one change to "values", which is how a reader thinks of it, not a
 * change at each shifted index). A field missing on one side reads as undefined, and missing
 * and undefined are the same, so only real changes show. Fields come in the order of `before`,
 * then those new in `after`.
 */
export function profileDiff(before: unknown, after: unknown): ProfileChange[] {
  return walk(before, after, "");
}

function walk(before: unknown, after: unknown, prefix: string): ProfileChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => walk(before[k], after[k], prefix === "" ? k : `${prefix}.${k}`));
  }
  if (isPlainObject(before) && after === undefined) return walk(before, {}, prefix);
  if (before === undefined && isPlainObject(after)) return walk({}, after, prefix);
  return same(before, after) ? [] : [{ field: prefix, before, after }];
}
