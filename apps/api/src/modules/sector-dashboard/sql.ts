import { type DbOrTx, executeRows, tables } from "@atlas/db";
import { type SQL, sql } from "drizzle-orm";
import { sizeBandCase } from "../trusts/search-sql.ts";

const { trusts } = tables;

/**
 * The dashboard's months: the `months` London calendar months ending with this one, oldest
 * first, each with its label ("2026-01") and the instant it ends. A month is read in London
 * because curators count "January" as England does, whatever the clocks did.
 */
function londonMonths(months: number): SQL {
  return sql`select to_char(m, 'YYYY-MM') as month,
      (m at time zone 'Europe/London') as month_start,
      ((m + interval '1 month') at time zone 'Europe/London') as month_end
    from generate_series(
      date_trunc('month', now() at time zone 'Europe/London') - ${months - 1}::int * interval '1 month',
      date_trunc('month', now() at time zone 'Europe/London'),
      interval '1 month'
    ) as m`;
}

/** Trusts still open (as search lists them), by head-office region and the domain's size band. */
function trustCounts(): SQL {
  const band = sizeBandCase(trusts.schoolCount);
  return sql`select ${trusts.region} as region, ${band} as size_band, count(*)::int as trust_count
    from ${trusts}
    where ${trusts.status} <> 'CLOSED'
    group by 1, 2`;
}

/**
 * Open trusts, and those of them with a published profile: a version of kind PROFILE neither
 * unpublished nor held for a curator's approval, which is what the public trust page shows.
 */
function profileShare(): SQL {
  return sql`select count(*)::int as trust_count,
      (count(*) filter (where exists (
        select 1 from trust_document_versions v
        where v.trust_id = t.id and v.kind = 'PROFILE' and v.unpublished_at is null
          and not v.held
      )))::int as with_published_profile
    from trusts t
    where t.status <> 'CLOSED'`;
}

/**
 * For each month, the partnerships that had been requested by its end, by the school's region
 * and the state each was in at that end: the `to_state` of its last event before then (the
 * history is append-only, so a past month reads the same tomorrow). Each event's state holds
 * from its moment until the next event's, so one pass over the events, joined to the months by
 * range, finds them all. The current month's end is still to come: it shows today's states.
 */
function partnershipCounts(): SQL {
  return sql`with spans as (
      select s.region, e.to_state, e.at as held_from,
        lead(e.at) over (partition by e.partnership_id order by e.sequence) as held_until
      from partnership_events e
      join partnerships p on p.id = e.partnership_id
      join schools s on s.id = p.school_id
    )
    select months.month, spans.region, spans.to_state as state, count(*)::int as partnership_count
    from months
    join spans on spans.held_from < months.month_end
      and (spans.held_until is null or spans.held_until >= months.month_end)
    group by months.month, spans.region, spans.to_state`;
}

/**
 * Requests made in each month (and in the whole period: the grouping set `()`), how many the
 * trust has answered, and the median hours from the request to the trust's first step on it
 * (the first event after the request taken by the trust's side: opening discussion, proposing
 * terms or declining). Months with no request appear with zero; a median needs one answer.
 */
function requestCounts(): SQL {
  return sql`with requests as (
      select months.month, e.at as requested_at, (
        select min(r.at) from partnership_events r
        where r.partnership_id = e.partnership_id and r.sequence > 1 and r.actor_party = 'TRUST'
      ) as responded_at
      from months
      join partnership_events e
        on e.sequence = 1 and e.at >= months.month_start and e.at < months.month_end
    )
    select months.month as month, grouping(months.month) as whole,
      count(requests.requested_at)::int as request_count,
      count(requests.responded_at)::int as responded_count,
      percentile_cont(0.5) within group (
        order by extract(epoch from requests.responded_at - requests.requested_at) / 3600
      ) as median_hours
    from months
    left join requests on requests.month = months.month
    group by grouping sets ((months.month), ())`;
}

export interface RequestFigures {
  /** The month, or null for the whole period. */
  month: string | null;
  requestCount: number;
  respondedCount: number;
  medianHoursToFirstResponse: number | null;
}

/** What the one statement reads, as the database's JSON gives it back. */
interface FiguresRow {
  months: string[];
  trusts: { region: string | null; size_band: string | null; trust_count: number }[];
  share: { trust_count: number; with_published_profile: number };
  partnerships: { month: string; region: string; state: string; partnership_count: number }[];
  requests: {
    month: string | null;
    whole: number;
    request_count: number;
    responded_count: number;
    median_hours: number | null;
  }[];
}

/**
 * Every figure of the dashboard in one statement, each part a JSON column: the parts share the
 * months and the curator's page asks for all of them, so one round trip and one snapshot (the
 * parts agree with each other) cost less than a statement each.
 */
export async function dashboardFigures(db: DbOrTx, months: number) {
  const [row] = (await executeRows(
    db,
    sql`with months as (${londonMonths(months)}),
      trust_counts as (${trustCounts()}),
      profile_share as (${profileShare()}),
      partnership_counts as (${partnershipCounts()}),
      request_counts as (${requestCounts()})
    select
      (select coalesce(json_agg(month order by month), '[]') from months) as months,
      (select coalesce(json_agg(t order by region nulls last, size_band nulls last), '[]')
        from trust_counts t) as trusts,
      (select row_to_json(p) from profile_share p) as share,
      (select coalesce(json_agg(c order by month, region, state), '[]')
        from partnership_counts c) as partnerships,
      (select coalesce(json_agg(r order by whole, month), '[]') from request_counts r) as requests`,
  )) as unknown as FiguresRow[];
  if (!row) throw new Error("the dashboard's statement returned no row");
  return {
    months: row.months,
    trustCounts: row.trusts.map((t) => ({
      region: t.region,
      sizeBand: t.size_band,
      trustCount: Number(t.trust_count),
    })),
    profileShare: {
      trustCount: Number(row.share.trust_count),
      withPublishedProfile: Number(row.share.with_published_profile),
    },
    partnershipCounts: row.partnerships.map((c) => ({
      month: c.month,
      region: c.region,
      state: c.state,
      partnershipCount: Number(c.partnership_count),
    })),
    requestFigures: row.requests.map(
      (r): RequestFigures => ({
        month: Number(r.whole) === 1 ? null : r.month,
        requestCount: Number(r.request_count),
        respondedCount: Number(r.responded_count),
        medianHoursToFirstResponse: r.median_hours === null ? null : Number(r.median_hours),
      }),
    ),
  };
}
