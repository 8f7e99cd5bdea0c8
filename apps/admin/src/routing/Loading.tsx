/** Shown while the first page's data loads (before the router has anything to render). */
export function Loading() {
  return (
    <div className="ui-container ui-main">
      <p role="status">Loading the Trust Atlas admin…</p>
    </div>
  );
}
