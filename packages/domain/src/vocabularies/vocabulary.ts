/**
 * A controlled vocabulary: a fixed list of entries, each with a stable key used in the
 * database and the API, a human label, and (where the register has one) the register's code.
 * Vocabularies of our own may also carry a one-sentence `description` shown beside the label.
 */
export interface VocabularyEntry<K extends string> {
  readonly key: K;
  readonly label: string;
  readonly code?: string;
  readonly description?: string;
}

export interface Vocabulary<K extends string> {
  readonly entries: readonly VocabularyEntry<K>[];
  readonly keys: readonly [K, ...K[]];
  label(key: K): string;
  /** The entry's description, or "" for an entry (or vocabulary) without one. */
  description(key: K): string;
  byCode(code: string): VocabularyEntry<K> | undefined;
  has(key: string): key is K;
}

export function vocabulary<const K extends string>(
  entries: readonly [VocabularyEntry<K>, ...VocabularyEntry<K>[]],
): Vocabulary<K> {
  const byKey = new Map<string, VocabularyEntry<K>>(entries.map((e) => [e.key, e]));
  const byCode = new Map<string, VocabularyEntry<K>>();
  for (const e of entries) if (e.code !== undefined) byCode.set(e.code, e);
  const keys = entries.map((e) => e.key) as unknown as readonly [K, ...K[]];
  return {
    entries,
    keys,
    label: (key) => byKey.get(key)?.label ?? key,
    description: (key) => byKey.get(key)?.description ?? "",
    byCode: (code) => byCode.get(code.trim()),
    has: (key): key is K => byKey.has(key),
  };
}
