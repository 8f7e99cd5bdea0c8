import { readFileSync } from "node:fs";
import { printExecutableGraphQLDocument } from "@graphql-tools/documents";
import { type DocumentNode, Kind, parse, visit } from "graphql";
import type { Plugin } from "graphql-yoga";
import { createGraphQLError } from "graphql-yoga";

/** The operations our own apps may send: hash → document, from their generated manifests. */
export type TrustedDocuments = ReadonlyMap<string, string>;

/** Reads the apps' `persisted-documents.json` manifests (written by `pnpm generate`). */
export function loadTrustedDocuments(files: string[]): TrustedDocuments {
  const documents = new Map<string, string>();
  for (const file of files) {
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
    for (const [hash, document] of Object.entries(manifest)) documents.set(hash, document);
  }
  return documents;
}

/**
 * One spelling per document: printed the way the manifests were written (fields sorted, one
 * space), without the `__typename` fields a client cache adds by itself (urql's graphcache adds
 * them to every selection).
 */
export function normaliseDocument(document: string): string | null {
  let parsed: DocumentNode;
  try {
    parsed = parse(document, { noLocation: true });
  } catch {
    return null;
  }
  const withoutTypename = visit(parsed, {
    [Kind.FIELD]: (field) => (field.name.value === "__typename" && !field.alias ? null : undefined),
  });
  return printExecutableGraphQLDocument(withoutTypename);
}

const NOT_TRUSTED =
  "This API answers only the operations of Trust Atlas's own apps. A public API for other tools will come with keys of its own.";

/**
 * Trusted documents: only the operations in the apps' manifests run, sent either as a hash
 * (`extensions.persistedQuery.sha256Hash` or `documentId`) or as the same document's text.
 * Anything else is refused before it is parsed for execution, so no one can send a costly
 * query of their own making.
 */
export function useTrustedDocuments(documents: TrustedDocuments): Plugin {
  const trusted = new Set<string>();
  for (const document of documents.values()) {
    const normalised = normaliseDocument(document);
    if (normalised) trusted.add(normalised);
  }
  // Texts already judged, so each distinct text is parsed here at most once.
  const verdicts = new Map<string, boolean>();
  const isTrusted = (query: string) => {
    let verdict = verdicts.get(query);
    if (verdict === undefined) {
      const normalised = normaliseDocument(query);
      verdict = normalised !== null && trusted.has(normalised);
      // Bounded: only trusted texts (few) are worth remembering; refusals are cheap to redo.
      if (verdict || verdicts.size < 1000) verdicts.set(query, verdict);
    }
    return verdict;
  };
  const refuse = (message: string, code: string) =>
    createGraphQLError(message, { extensions: { code, http: { status: 400 } } });

  return {
    onParams({ params, setParams }) {
      const extensions = params.extensions as
        | { persistedQuery?: { sha256Hash?: unknown } }
        | undefined;
      const hash =
        extensions?.persistedQuery?.sha256Hash ?? (params as { documentId?: unknown }).documentId;
      if (!params.query && typeof hash === "string") {
        const document = documents.get(hash);
        if (!document)
          throw refuse(
            "Unknown operation: this hash is not one of our apps' operations.",
            "PERSISTED_QUERY_NOT_FOUND",
          );
        setParams({ ...params, query: document });
        return;
      }
      if (typeof params.query !== "string" || !isTrusted(params.query)) {
        throw refuse(NOT_TRUSTED, "OPERATION_NOT_TRUSTED");
      }
    },
  };
}
