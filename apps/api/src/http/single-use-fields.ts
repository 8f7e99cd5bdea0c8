import { type ASTVisitor, GraphQLError, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * Refuses a request whose document selects any of these mutation fields more than once
 * (through aliases, fragments or several operations): one `signIn` per request, so aliases cannot multiply password checks past the
 * rate limits.
 */
export function useSingleUseFields(fieldNames: string[]): Plugin {
  const rule = (context: ValidationContext): ASTVisitor => {
    const seen = new Map<string, number>();
    return {
      Field(node) {
        const name = node.name.value;
        if (!fieldNames.includes(name) || context.getParentType()?.name !== "Mutation") return;
        const count = (seen.get(name) ?? 0) + 1;
        seen.set(name, count);
        if (count === 2) {
          context.reportError(
            new GraphQLError(`Ask for ${name} once per request.`, {
              nodes: [node],
              extensions: { code: "BAD_USER_INPUT" },
            }),
          );
        }
      },
    };
  };
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
