import { Heading } from "@atlas/ui";
import type { TrustPageSection } from "./sections.ts";

/** The page's contents: a link to each of its parts, in order (plain in-page links). */
export function Contents({ sections }: { sections: readonly TrustPageSection[] }) {
  return (
    <nav aria-labelledby="contents-heading" className="trust-contents">
      <Heading level={2} size="s" id="contents-heading">
        Contents
      </Heading>
      <ol className="ui-list ui-list--number trust-contents__list">
        {sections.map((section) => (
          <li key={section.id}>
            <a className="ui-link" href={`#${section.id}`}>
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
