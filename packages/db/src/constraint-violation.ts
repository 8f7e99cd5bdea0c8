/** A PostgreSQL integrity error, read the same way from postgres.js and from PGlite. */
export interface ConstraintViolation {
  /** SQLSTATE: 23505 unique, 23514 check, 23503 foreign key, 23502 not null. */
  code: string;
  /** The constraint (or unique index) that refused the row, when PostgreSQL names one. */
  constraint: string | undefined;
}

/**
 * The integrity error in `error` or its causes (drizzle wraps the driver's error in a
 * DrizzleQueryError), or undefined when it is not one. postgres.js calls the name
 * `constraint_name`, PGlite `constraint`.
 */
export function violatedConstraint(error: unknown): ConstraintViolation | undefined {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = "code" in current ? current.code : undefined;
    if (typeof code !== "string" || !code.startsWith("23")) continue;
    const named =
      ("constraint_name" in current ? current.constraint_name : undefined) ??
      ("constraint" in current ? current.constraint : undefined);
    return { code, constraint: typeof named === "string" ? named : undefined };
  }
  return undefined;
}
