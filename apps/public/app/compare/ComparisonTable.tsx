import { Tag, TextLink } from "@atlas/ui";
import { useId } from "react";
import type { ComparedTrust, RowSection } from "./groups.ts";

/** The tag on a row where the trusts differ: the class colours the row, the word says it. */
export function DiffersTag() {
  return (
    <Tag tone="info" className="compare-differs-tag">
      Differs
    </Tag>
  );
}

export function trustHref(trust: ComparedTrust): string {
  return `/trusts/${encodeURIComponent(trust.id)}`;
}

/**
 * One part of the comparison: a column per trust, a row per dimension, each row in the same
 * place for every trust so they read across. A part with sections (the scheme, by decision
 * area) keeps them in one table, each under a row-group header, so the columns stay aligned.
 */
export function ComparisonTable({
  caption,
  rowNoun,
  trusts,
  sections,
}: {
  caption: string;
  /** What the rows are (the first column's header). */
  rowNoun: string;
  trusts: readonly ComparedTrust[];
  sections: readonly RowSection[];
}) {
  const captionId = useId();
  const columns = trusts.length + 1;
  return (
    // A scrollable region must be focusable so keyboard users can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above.
    <section className="ui-table-scroll compare-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className={`ui-table compare-table compare-table--${trusts.length}`}>
        <caption id={captionId} className="ui-table__caption ui-table__caption--s">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="ui-table__header compare-table__dimension">
              {rowNoun}
            </th>
            {trusts.map((trust) => (
              <th scope="col" className="ui-table__header compare-table__trust" key={trust.id}>
                <TextLink href={trustHref(trust)}>{trust.name}</TextLink>
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section.key}>
            {section.label !== null && (
              <tr className="compare-table__section">
                <th scope="rowgroup" colSpan={columns} className="ui-table__cell">
                  {section.label}
                </th>
              </tr>
            )}
            {section.rows.map((row) => (
              <tr
                key={row.key}
                className={row.differs ? "compare-row compare-row--differs" : "compare-row"}
              >
                <th scope="row" className="ui-table__cell ui-table__cell--header">
                  {row.label}
                  {row.differs && (
                    <>
                      {" "}
                      <DiffersTag />
                    </>
                  )}
                </th>
                {row.values.map((value, i) => (
                  <td className="ui-table__cell" key={trusts[i]?.id ?? i}>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
