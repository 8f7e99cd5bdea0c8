import { UserError } from "../../shared/errors.ts";

const when = (at: Date) =>
  at.toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" });

/**
 * Another curator saved the collection since this one was loaded. Nothing is written: the
 * curator keeps what they typed, reloads, and saves again from the newer version.
 */
export class CollectionConflictError extends UserError {
  constructor(
    readonly currentVersion: number,
    readonly changedBy: string | null,
    readonly changedAt: Date,
  ) {
    super(
      `${changedBy ?? "Another curator"} saved this collection on ${when(changedAt)} (version ${currentVersion}). Nothing was overwritten: reload it, then make your change again.`,
    );
    this.name = "CollectionConflictError";
  }
}

/** Another collection has this address already: two pages cannot share one URL. */
export class CollectionSlugTakenError extends UserError {
  readonly path = ["input", "slug"];
  constructor(readonly slug: string) {
    super(`Another collection is at /collections/${slug} already: choose another address.`);
    this.name = "CollectionSlugTakenError";
  }
}
