import { SummaryList, type SummaryListRow, TextLink } from "@atlas/ui";
import { contributionText, gagPoolingText, hasText, httpsHref, reservesText } from "./format.ts";
import { TrustWords } from "./TrustWords.tsx";
import type { TrustFinance } from "./types.ts";

/** What joining costs a school, and how the trust handles money. */
export function Finance({ finance }: { finance: TrustFinance }) {
  const rows: SummaryListRow[] = [
    {
      key: "Central services contribution",
      value: (
        <>
          {contributionText(finance.contribution)}
          <span className="ui-body-s ui-text-secondary trust-description">
            The share of each school's funding the trust keeps for central services (the top-slice).
          </span>
        </>
      ),
    },
    { key: "General Annual Grant (GAG)", value: gagPoolingText(finance.gagPooling) },
  ];
  if (hasText(finance.budgetDelegation)) {
    rows.push({ key: "School budgets", value: <TrustWords text={finance.budgetDelegation} /> });
  }
  if (hasText(finance.capitalApproach)) {
    rows.push({ key: "Capital", value: <TrustWords text={finance.capitalApproach} /> });
  }
  rows.push({
    key: "Reserves",
    value: (
      <>
        <p className="ui-body ui-mt-0">{reservesText(finance.reserves)}</p>
        <TrustWords text={finance.reserves.policy} />
      </>
    ),
  });
  const accounts = httpsHref(finance.accountsUrl);
  if (accounts !== null) {
    rows.push({
      key: "Accounts",
      value: <TextLink href={accounts}>The trust's published accounts</TextLink>,
    });
  }
  return <SummaryList rows={rows} />;
}
