import { readFileSync } from "node:fs";
import { join } from "node:path";
import { appDir } from "./admin-server.ts";

/** Both apps' trusted-document manifests (written by `pnpm generate`), as the API loads them. */
export const manifests = {
  admin: join(appDir, "src/gql/persisted-documents.json"),
  public: join(appDir, "../public/app/gql/persisted-documents.json"),
};

/** An operation's text as the app's manifest holds it (what the app sends, less `__typename`). */
export function documentNamed(manifest: string, prefix: string): string {
  const documents = Object.values(JSON.parse(readFileSync(manifest, "utf8")) as object);
  const found = documents.find((d): d is string => typeof d === "string" && d.includes(prefix));
  if (!found) throw new Error(`no "${prefix}" in ${manifest}: run pnpm generate`);
  return found;
}
