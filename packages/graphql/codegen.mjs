// The typed-document setup both apps share: GraphQL Code Generator's client preset over the
// committed schema. Each app calls this from its own codegen config with where its operations are.
import { fileURLToPath } from "node:url";

const schema = fileURLToPath(new URL("./schema.graphql", import.meta.url));

/**
 * @param {{ documents: string[]; output: string }} where
 * @returns {import("@graphql-codegen/cli").CodegenConfig}
 */
export function clientCodegenConfig({ documents, output }) {
  return {
    schema,
    documents,
    ignoreNoDocuments: true,
    generates: {
      [output]: {
        preset: "client",
        config: {
          enumsAsTypes: true,
          useTypeImports: true,
          strictScalars: true,
          scalars: { Date: "string", DateTime: "string", JSON: "unknown", File: "File" },
          skipTypename: false,
        },
        presetConfig: {
          fragmentMasking: false,
          // A manifest of every operation's hash, for trusted documents in production.
          persistedDocuments: { hashAlgorithm: "sha256" },
        },
      },
    },
  };
}
