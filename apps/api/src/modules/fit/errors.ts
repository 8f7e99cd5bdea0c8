import { UserError } from "../../shared/errors.ts";

/** Another member saved the school's fit profile since this one was loaded; nothing written. */
export class FitProfileConflictError extends UserError {
  constructor(
    readonly currentVersion: number,
    readonly changedBy: string | null,
  ) {
    super(
      currentVersion === 0
        ? "The school has no fit profile to change yet: save it as a new one (expectedVersion 0)."
        : `${changedBy ?? "Another member"} saved the school's fit profile since you loaded it (version ${currentVersion}). Nothing was overwritten: reload it, then make your change again.`,
    );
    this.name = "FitProfileConflictError";
  }
}
