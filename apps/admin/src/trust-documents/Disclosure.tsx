import { type ReactNode, useState } from "react";

/**
 * A details element that starts open or closed and then stays as the person leaves it (a
 * details element whose `open` followed the data would snap shut under their hands). Its
 * content is rendered only while open, so closed ones hold no controls (a page of 153 local
 * authorities would otherwise carry them all, out of reach until opened).
 */
export function Disclosure({
  summary,
  initiallyOpen = false,
  forceOpen = false,
  children,
}: {
  summary: ReactNode;
  initiallyOpen?: boolean;
  /** Open whatever the person did, e.g. while a field inside has an error to link to. */
  forceOpen?: boolean;
  children: ReactNode;
}) {
  const [chosen, setOpen] = useState(initiallyOpen);
  const open = chosen || forceOpen;
  return (
    <details
      className="admin-details"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="admin-details__summary">{summary}</summary>
      {open && <div className="admin-details__body">{children}</div>}
    </details>
  );
}
