import { Button, Notice } from "@atlas/ui";

/**
 * What a page (or a part of one) shows when its data could not be fetched: what is missing,
 * why, and a button that asks the API again past the cache.
 */
export function LoadFailed({
  what,
  onRetry,
  headingLevel = 2,
  detail = "Check your connection and try again.",
}: {
  /** "this trust", "the audit log": read as "Sorry, <what> could not be loaded". */
  what: string;
  onRetry: () => void;
  headingLevel?: 2 | 3;
  detail?: string;
}) {
  return (
    <Notice tone="error" title={`Sorry, ${what} could not be loaded`} headingLevel={headingLevel}>
      <p>{detail}</p>
      <Button type="button" variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    </Notice>
  );
}
