import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters } from "@atlas/domain";
import { type DocumentNode, Kind, visit } from "graphql";
import type { Plugin } from "graphql-yoga";
import { createGraphQLError } from "graphql-yoga";

/**
 * Variables parsed from JSON are plain objects; anything else is an upload (a File, whose
 * bytes may sit in an enumerable buffer: walking ten million of them took seconds).
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Where in a JSON value a string with control characters is, or null. */
function findControlCharacters(value: unknown, path: string[]): string[] | null {
  if (typeof value === "string") return hasControlCharacters(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findControlCharacters(item, [...path, String(i)]);
      if (found) return found;
    }
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = findControlCharacters(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Whether a document has a string literal with control characters. Yoga's parser cache hands
 * the same document object for the same text, so each distinct text is walked once.
 */
const literalVerdicts = new WeakMap<DocumentNode, boolean>();
function hasControlCharacterLiteral(document: DocumentNode): boolean {
  let verdict = literalVerdicts.get(document);
  if (verdict === undefined) {
    let found = false;
    visit(document, {
      [Kind.STRING]: (node) => {
        if (!found && hasControlCharacters(node.value)) found = true;
      },
    });
    verdict = found;
    literalVerdicts.set(document, verdict);
  }
  return verdict;
}

/**
 * Every text argument of every operation, in variables or written inline, is refused with a
 * BAD_USER_INPUT error when it holds control characters (NUL above all, which PostgreSQL
 * cannot store). The domain's schemas refuse them too, with the message by the field; this
 * catches any input, including ones added later.
 */
export function useControlCharacterGuard(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let path = findControlCharacters(args.variableValues ?? {}, ["variables"]);
      if (!path && hasControlCharacterLiteral(args.document)) path = ["query"];
      if (!path) return;
      setResultAndStopExecution({
        errors: [
          createGraphQLError(CONTROL_CHARACTERS_MESSAGE, {
            extensions: {
              code: "BAD_USER_INPUT",
              issues: [{ path, message: CONTROL_CHARACTERS_MESSAGE }],
            },
          }),
        ],
      });
    },
  };
}
