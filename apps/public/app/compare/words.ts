/** "A", "A and B", "A, B and C": how a sentence lists the trusts compared. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
