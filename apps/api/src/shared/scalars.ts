import { GraphQLError, Kind } from "graphql";
import { builder } from "../builder.ts";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !isoDate.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError("A Date is written YYYY-MM-DD, for example 2026-09-01.", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

builder.scalarType("Date", {
  description: "A calendar date, written YYYY-MM-DD.",
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

builder.scalarType("DateTime", {
  description: "A moment in time, written as an ISO 8601 string with a time zone.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) {
      throw new GraphQLError("A DateTime is an ISO 8601 string, for example 2026-09-01T09:00:00Z.");
    }
    return date;
  },
});

/** Any JSON value, as a field held it: used where a change's before and after vary in kind. */
builder.scalarType("JSON", {
  description:
    "A JSON value (text, number, true/false, a list or a set of fields), as a field held it.",
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError("JSON values are only ever returned, never accepted.");
  },
});
