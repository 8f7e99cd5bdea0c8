/**
 * What the logs keep of an unexpected error: names, codes, the SQL text and the stack, but not
 * the statement's parameters (they hold emails, passwords' neighbours, people's words).
 */
export interface ErrorDescription {
  name: string;
  message: string;
  /** PostgreSQL's SQLSTATE, when the database refused. */
  sqlState?: string;
  constraint?: string;
  sql?: string;
  stack?: string;
  cause?: ErrorDescription;
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object"
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * drizzle words a failed query as "Failed query: <sql>\nparams: <values>", in the message and
 * at the top of the stack: keep the SQL and the stack frames, drop the values.
 */
function withoutParams(text: string): string {
  const at = text.indexOf("\nparams:");
  if (at === -1) return text;
  const frames = text.indexOf("\n    at ", at);
  return text.slice(0, at) + (frames === -1 ? "" : text.slice(frames));
}

export function describeError(error: unknown, depth = 0): ErrorDescription {
  if (!(error instanceof Error)) return { name: typeof error, message: "(not an Error)" };
  const description: ErrorDescription = {
    name: error.name,
    message: withoutParams(error.message),
    stack: error.stack ? withoutParams(error.stack) : undefined,
  };
  const sqlState = text(field(error, "code"));
  if (sqlState && /^[0-9A-Z]{5}$/.test(sqlState)) description.sqlState = sqlState;
  const constraint = text(field(error, "constraint_name")) ?? text(field(error, "constraint"));
  if (constraint) description.constraint = constraint;
  const sql = text(field(error, "query"));
  if (sql) description.sql = sql;
  if (error.cause !== undefined && depth < 3)
    description.cause = describeError(error.cause, depth + 1);
  return description;
}

/** The SQLSTATE of the error or of anything that caused it. */
export function sqlStateOf(error: unknown): string | undefined {
  for (let e: unknown = error, i = 0; e instanceof Error && i < 5; e = e.cause, i++) {
    const code = text(field(e, "code"));
    if (code && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
