// The production build: src/main.ts and everything it imports in one ES module, dist/main.mjs,
// run by plain `node`. Running the source through tsx costs a loader thread and its module
// graph for the life of the process (about 85 MB resident) and slows every start.
import { readFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const apiRoot = fileURLToPath(new URL("../", import.meta.url));
const outfile = `${apiRoot}dist/main.mjs`;

/**
 * Code that finds files beside itself (the migrations, the repository root, the apps'
 * manifests) reads `import.meta.url`: in the bundle each module keeps its own, as a path from
 * the bundle to where its source lies, so the repository layout works as it does from source.
 */
const ownImportMetaUrl = {
  name: "own-import-meta-url",
  setup(on) {
    on.onLoad({ filter: /\.(ts|mjs|js)$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const fromBundle = relative(dirname(outfile), args.path).split("\\").join("/");
      return {
        contents: source.replaceAll(
          "import.meta.url",
          `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`,
        ),
        loader: args.path.endsWith(".ts") ? "ts" : "js",
        resolveDir: dirname(args.path),
      };
    });
  },
};

/**
 * graphql ships each module twice (`x.js` CommonJS, `x.mjs` ES module) without an exports map,
 * so a deep `require("graphql/language/parser")` would bring a second copy — and a second
 * GraphQLError class that `instanceof` checks elsewhere would not recognise. Every graphql
 * module resolves to its ES build.
 */
const oneGraphql = {
  name: "one-graphql",
  setup(on) {
    on.onResolve({ filter: /^graphql(\/.*)?$/ }, async (args) => {
      if (args.pluginData === "one-graphql") return undefined;
      const found = await on.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: "one-graphql",
      });
      if (found.errors.length > 0) return found;
      return { path: found.path.replace(/\.js$/, ".mjs") };
    });
  },
};

await build({
  entryPoints: [`${apiRoot}src/main.ts`],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  sourcemap: "linked",
  // ES module builds first where a package ships both (graphql does): its CommonJS build would
  // be reached through esbuild's export getters on every access, a cost the executor paid on
  // every field. One choice for every import and require, so there is one copy of each.
  mainFields: ["module", "main"],
  // A native addon, and an engine that loads its WebAssembly from beside its own files.
  external: ["@node-rs/argon2", "@electric-sql/pglite"],
  // CommonJS dependencies call require(): give the module one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  plugins: [oneGraphql, ownImportMetaUrl],
  logLevel: "warning",
});
