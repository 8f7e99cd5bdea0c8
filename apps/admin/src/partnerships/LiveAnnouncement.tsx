/**
 * A polite live region for changes that arrive while the page is open. It is always in the
 * page, empty at first: screen readers announce changes to a region they already know, not one
 * that appears with its text.
 */
export function LiveAnnouncement({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="admin-live-announcement">
      {message && <p className="ui-body-s ui-mb-0">{message}</p>}
    </div>
  );
}
