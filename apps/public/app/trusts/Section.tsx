import { Heading } from "@atlas/ui";
import type { ReactNode } from "react";
import type { SectionId } from "./sections.ts";

/** The id of a part's heading, which names the part (and the contents list links to the part). */
export function sectionHeadingId(id: SectionId): string {
  return `${id}-heading`;
}

/** One part of a trust's page: a region named by its h2, which the contents list links to. */
export function Section({
  id,
  title,
  headingId = sectionHeadingId(id),
  headingTabIndex,
  children,
}: {
  id: SectionId;
  title: string;
  headingId?: string;
  headingTabIndex?: -1;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={headingId} className="ui-stack trust-section">
      <Heading level={2} id={headingId} tabIndex={headingTabIndex}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
