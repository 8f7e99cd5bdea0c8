// Typed documents for the operations written beside the routes that run them (the shared
// client preset). `pnpm generate` writes them to app/gql/, which is not committed.
import { clientCodegenConfig } from "@atlas/graphql/codegen";

export default clientCodegenConfig({
  documents: ["app/**/*.{ts,tsx}", "!app/gql/**"],
  output: "app/gql/",
});
