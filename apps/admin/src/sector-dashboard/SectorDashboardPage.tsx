import { regions } from "@atlas/domain";
import { Button, countOf, Notice, Select, Stat, TextLink } from "@atlas/ui";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { Page } from "../layout/Page.tsx";
import { canUse } from "../session/access.ts";
import { useSignedIn } from "../session/viewer.ts";
import {
  PartnershipsChart,
  ProfileShareChart,
  RequestsChart,
  ResponseTimesChart,
  TrustsChart,
} from "./charts.tsx";
import { periodOptions, readPeriod, readRegion, withParam } from "./dashboard-params.ts";
import { FigureSection } from "./FigureSection.tsx";
import {
  formatWait,
  monthName,
  partnershipRegions,
  partnershipsTable,
  profileShareTable,
  requestsTable,
  responseTimesTable,
  trustsTable,
} from "./figure-tables.ts";
import { type SectorDashboardData, SectorDashboardQuery } from "./operations.ts";
import "./sector-dashboard.css";

const title = "Sector dashboard";

/** /sector-dashboard: figures about the whole sector, for curators. */
export function SectorDashboardPage() {
  const { access } = useSignedIn();
  if (!canUse(access, "curators")) {
    return (
      <Page title={title}>
        <Notice tone="warning" title="You cannot use this area">
          <p>The sector dashboard is for sector body curators, and you are not one.</p>
          <p className="ui-mb-0">
            <TextLink href="/">Go to your dashboard</TextLink>
          </p>
        </Notice>
      </Page>
    );
  }
  return <DashboardLoader />;
}

function DashboardLoader() {
  const [params, setParams] = useSearchParams();
  const months = readPeriod(params);
  const [result, reexecute] = useQuery({ query: SectorDashboardQuery, variables: { months } });
  const data = result.data?.sectorDashboard;
  return (
    <Page title={title}>
      <p className="ui-body-l">
        Trusts, their published profiles, and the Trust Partnerships schools ask them for, across
        England. Months are calendar months in England; this month so far is the last.
      </p>
      <Select
        name="months"
        label="Period"
        value={String(months)}
        options={periodOptions.map((p) => ({ value: String(p), label: `The last ${p} months` }))}
        onChange={(event) =>
          setParams(withParam(params, "months", event.currentTarget.value), { replace: true })
        }
      />
      {data ? (
        <Figures data={data} />
      ) : result.error ? (
        <Notice tone="warning" title="The figures could not be loaded">
          <p>Trust Atlas did not answer. Try again in a moment.</p>
          <Button
            type="button"
            variant="secondary"
            onClick={() => reexecute({ requestPolicy: "network-only" })}
          >
            Try again
          </Button>
        </Notice>
      ) : (
        <p role="status">Loading the figures…</p>
      )}
    </Page>
  );
}

function period(data: SectorDashboardData): string {
  const first = data.months[0];
  const last = data.months.at(-1);
  return first && last ? `${monthName(first)} to ${monthName(last)}` : "";
}

function Figures({ data }: { data: SectorDashboardData }) {
  const [params, setParams] = useSearchParams();
  const region = readRegion(params);
  const trusts = trustsTable(data);
  const share = data.publishedProfileShare;
  const partnerships = partnershipsTable(data, region);
  const requests = requestsTable(data);
  const responses = responseTimesTable(data);
  const whole = data.medianTimeToFirstResponse;
  const totalRequests = whole.requestCount;
  const span = period(data);
  const lastMonth = partnerships.rows.at(-1);
  const percent = share.share.toLocaleString("en-GB", {
    style: "percent",
    maximumFractionDigits: 1,
  });
  const regionName = region ? regions.label(region) : "every region";

  return (
    <>
      <FigureSection
        title="Open trusts by region and size"
        summary={`Bar chart of ${countOf(share.trustCount, "open trust")} by the region of their head office, each bar divided by size band. The numbers are in the table below.`}
        table={trusts}
        fileName="trusts-by-region-and-size.csv"
        lead={
          <p className="ui-body">
            {countOf(share.trustCount, "open trust")}, by the region of the head office and the
            number of schools run today.
          </p>
        }
        chart={<TrustsChart table={trusts} />}
      />
      <FigureSection
        title="Trusts with a published profile"
        summary={`Bar of open trusts: ${share.withPublishedProfile} of ${share.trustCount} (${percent}) have a published profile.`}
        table={profileShareTable(data)}
        fileName="published-profiles.csv"
        lead={
          <Stat
            value={percent}
            label="of open trusts have a published profile"
            hint={`${share.withPublishedProfile.toLocaleString("en-GB")} of ${countOf(share.trustCount, "open trust")}`}
          />
        }
        chart={
          <ProfileShareChart
            withProfile={share.withPublishedProfile}
            without={share.trustCount - share.withPublishedProfile}
          />
        }
      />
      <FigureSection
        title="Partnerships by state over time"
        summary={`Stacked area chart of the partnerships of schools in ${regionName} at the end of each month, ${span}, by state: ${countOf(Number(lastMonth?.total ?? 0), "partnership")} at the latest. The numbers are in the table below.`}
        table={partnerships}
        fileName={`partnerships-by-state${region ? `-${region.toLowerCase()}` : ""}.csv`}
        lead={
          <p className="ui-body">
            Each month counts the partnerships asked for by its end, in the state they were in at
            its end. A partnership belongs to its school's region.
          </p>
        }
        controls={
          <Select
            name="region"
            label="Schools in"
            value={region ?? ""}
            placeholder="Every region"
            options={partnershipRegions(data).map((r) => ({ value: r, label: regions.label(r) }))}
            onChange={(event) =>
              setParams(withParam(params, "region", event.currentTarget.value), { replace: true })
            }
          />
        }
        chart={<PartnershipsChart table={partnerships} />}
      />
      <FigureSection
        title="Partnership requests per month"
        summary={`Bar chart of the partnership requests schools made each month, ${span}: ${countOf(totalRequests, "request")} in all, ${whole.respondedCount.toLocaleString("en-GB")} answered by the trust. The numbers are in the table below.`}
        table={requests}
        fileName="partnership-requests-per-month.csv"
        chart={<RequestsChart table={requests} />}
      />
      <FigureSection
        title="Median time to first response"
        summary={`Line chart of the median time from a request to the trust's first response, month by month, ${span}. The numbers are in the table below.`}
        table={responses}
        fileName="median-time-to-first-response.csv"
        lead={
          <Stat
            value={
              whole.medianHoursToFirstResponse === null
                ? "No answer yet"
                : formatWait(whole.medianHoursToFirstResponse)
            }
            label="median time to a trust's first response"
            hint={`Over the ${countOf(whole.respondedCount, "answered request")} of ${countOf(totalRequests, "request")} made, ${span}. A first response is the trust opening discussion, proposing terms or declining.`}
          />
        }
        chart={<ResponseTimesChart table={responses} />}
      />
    </>
  );
}
