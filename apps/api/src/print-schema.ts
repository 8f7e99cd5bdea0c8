// Writes the committed packages/graphql/schema.graphql from the code-first schema.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema/index.ts";

const target = fileURLToPath(new URL("../../../packages/graphql/schema.graphql", import.meta.url));
writeFileSync(target, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`Wrote ${target}`);
