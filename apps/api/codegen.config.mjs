// Typed documents for the operations the API tests send (the shared client preset). `pnpm generate`
// prints the schema first, then writes them to test/gql/, which is not committed.
import { clientCodegenConfig } from "@atlas/graphql/codegen";

export default clientCodegenConfig({
  documents: ["test/**/*.ts", "!test/gql/**"],
  output: "test/gql/",
});
