import { UserError } from "../../shared/errors.ts";

const when = (at: Date) =>
  at.toLocaleString("en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/London",
  });

/**
 * The draft changed since the editor loaded it. Nothing is written: the editor keeps what they
 * typed, reads the newer draft, and saves again from its version.
 */
export class VersionConflictError extends UserError {
  constructor(
    readonly currentVersion: number,
    readonly changedBy: string | null,
    readonly changedAt: Date | null,
  ) {
    super(
      currentVersion === 0
        ? "There is no saved draft to change: reload the page and start from what is published."
        : `${changedBy ?? "Someone"} saved a newer draft (version ${currentVersion})${changedAt ? ` on ${when(changedAt)}` : ""}. Nothing was overwritten: reload the draft, then make your change again.`,
    );
    this.name = "VersionConflictError";
  }
}

/** Publishing would make a version the same as the one the public already sees. */
export class NothingToPublishError extends UserError {
  constructor(readonly publishedNumber: number | null) {
    super(
      publishedNumber === null
        ? "There is no draft to publish yet: save a draft first."
        : `The draft is the same as published version ${publishedNumber}: change something before publishing.`,
    );
    this.name = "NothingToPublishError";
  }
}

/** The version is already unpublished; the first reason given stays on record. */
export class AlreadyUnpublishedError extends UserError {
  constructor(
    readonly unpublishedAt: Date,
    readonly reason: string,
  ) {
    super(`This version was already unpublished on ${when(unpublishedAt)}: ${reason}`);
    this.name = "AlreadyUnpublishedError";
  }
}
