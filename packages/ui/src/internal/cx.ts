/** Joins class names, skipping falsy parts. */
export function cx(...parts: ReadonlyArray<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ");
}

/** Joins element ids for aria-describedby; undefined when there are none. */
export function joinIds(
  ...ids: ReadonlyArray<string | false | null | undefined>
): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined === "" ? undefined : joined;
}

/** True when a ReactNode-ish prop (hint, error) should be rendered at all. */
export function hasContent(node: unknown): boolean {
  return node !== undefined && node !== null && node !== false && node !== "";
}
