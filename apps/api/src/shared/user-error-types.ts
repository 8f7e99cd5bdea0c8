import { builder } from "../builder.ts";
import { type FieldIssue, NotFoundError, type UserError, ValidationError } from "./errors.ts";

// The errors plugin turns these into GraphQL types; every expected failure implements UserError.
export const UserErrorInterface = builder.interfaceRef<UserError>("UserError").implement({
  description: "An expected failure of a mutation, with a message to show the person.",
  fields: (t) => ({ message: t.exposeString("message") }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>("FieldIssue").implement({
  description: "One problem with one input field.",
  fields: (t) => ({
    path: t.exposeStringList("path", {
      description: "Where the problem is, e.g. [input, email].",
    }),
    message: t.exposeString("message", { description: "What to fix." }),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input was not valid; each issue says what to fix.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], resolve: (e) => e.issues }) }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "An input names something Trust Atlas does not hold; nothing was changed.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    path: t.exposeStringList("path", {
      description: "The input that names it, e.g. [input, trustId].",
    }),
  }),
});
