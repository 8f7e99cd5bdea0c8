import { ErrorSummary, type FormErrors } from "@atlas/ui";
import { useState } from "react";

/**
 * A form's errors from its latest attempt, and which attempt that was. The summary is keyed
 * by the attempt, so each failed one mounts it afresh and it takes focus again, even when the
 * errors read the same as last time.
 */
export function useFormErrors<Field extends string = string>() {
  const [state, setState] = useState<{ errors: FormErrors<Field> | null; attempt: number }>({
    errors: null,
    attempt: 0,
  });
  return {
    errors: state.errors,
    attempt: state.attempt,
    /** The errors of this attempt; null when it went through (or failed with no field to name). */
    show(errors: FormErrors<Field> | null) {
      setState((s) => ({ errors, attempt: s.attempt + 1 }));
    },
  };
}

/** The error summary of the latest attempt, when it had any field in error. */
export function AttemptErrorSummary<Field extends string>({
  errors,
  attempt,
}: {
  errors: FormErrors<Field> | null | undefined;
  attempt: number | undefined;
}) {
  if (!errors || errors.summary.length === 0) return null;
  return <ErrorSummary key={attempt} errors={errors.summary} />;
}
