// Typed documents for the operations written beside the components (the shared client preset),
// plus a minified introspection of the schema so graphcache knows the types it normalises.
import { clientCodegenConfig } from "@atlas/graphql/codegen";

const shared = clientCodegenConfig({
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  output: "src/gql/",
});

/** @type {import("@graphql-codegen/cli").CodegenConfig} */
export default {
  ...shared,
  generates: {
    ...shared.generates,
    "src/gql/introspection.ts": {
      plugins: ["urql-introspection"],
      config: { useTypeImports: true },
    },
  },
};
