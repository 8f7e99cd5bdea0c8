import type { Context, Viewer } from "../context.ts";

/** The signed-in person a scoped mutation runs for: its auth scopes have required one. */
export function signedInViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw new Error("a scoped mutation ran without a viewer");
  return ctx.viewer;
}

/**
 * The sector body a curator acts for. A person curates for one body in practice; should they
 * hold grants of several, the first granted speaks.
 */
export function curatingBodyOf(viewer: Viewer): string {
  const grant = viewer.grants.find((g) => g.role === "CURATOR" && g.sectorBodyId);
  if (!grant?.sectorBodyId) throw new Error("a curator's mutation ran for someone who is not one");
  return grant.sectorBodyId;
}

/** Whether the person curates for a sector body: the `curator` auth scope, for code that branches. */
export function isCurator(viewer: Viewer | null): boolean {
  return viewer?.grants.some((g) => g.role === "CURATOR") ?? false;
}
