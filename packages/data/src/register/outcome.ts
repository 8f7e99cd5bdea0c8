/** What became of one row: kept as a record, skipped on purpose, or invalid. */
export type RowOutcome<T> =
  | { kind: "kept"; record: T }
  | { kind: "skipped"; reason: string }
  | { kind: "invalid"; problems: string[] };

export const kept = <T>(record: T): RowOutcome<T> => ({ kind: "kept", record });
export const skipped = <T>(reason: string): RowOutcome<T> => ({ kind: "skipped", reason });
export const invalid = <T>(problems: string[]): RowOutcome<T> => ({ kind: "invalid", problems });
