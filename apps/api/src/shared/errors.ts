import { GraphQLError } from "graphql";
import type { z } from "zod";

export interface FieldIssue {
  path: string[];
  message: string;
}

function issuesOf(error: z.ZodError, prefix: string[]): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)],
    message: issue.message,
  }));
}

/**
 * Expected failures of a mutation, returned in its payload (the errors plugin turns each class
 * into a GraphQL type). Anything that is not a UserError stays masked.
 */
export class UserError extends Error {}

export class ValidationError extends UserError {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; "));
    this.name = "ValidationError";
  }
}

/** An input names something there is none of: `path` says which input, as in a FieldIssue. */
export class NotFoundError extends UserError {
  constructor(
    readonly path: string[],
    message: string,
  ) {
    super(message);
    this.name = "NotFoundError";
  }
}

/**
 * Parses a mutation's input (or the part of it at `at`) with a domain schema; failures become a
 * typed ValidationError whose paths start at `at`, along with any `issues` found before.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  at: string[] = ["input"],
  issues: FieldIssue[] = [],
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError([...issues, ...issuesOf(parsed.error, at)]);
  if (issues.length > 0) throw new ValidationError(issues);
  return parsed.data;
}

/**
 * Parses a query's arguments with a domain schema; failures become a GraphQL error with code
 * BAD_USER_INPUT that lists each problem and where it is.
 */
export function parseArgs<S extends z.ZodType>(schema: S, value: unknown, at: string[] = []) {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error, at);
    throw new GraphQLError(
      `Invalid arguments: ${issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      { extensions: { code: "BAD_USER_INPUT", issues } },
    );
  }
  return parsed.data as z.output<S>;
}

export function badUserInput(message: string, path: string[]): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "BAD_USER_INPUT", issues: [{ path, message }] },
  });
}

export function forbidden(message = "You do not have permission to see this."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}

export function unauthenticated(message = "Sign in to see this."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });
}
