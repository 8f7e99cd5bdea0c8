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

/** The labels of the months covered, oldest first. */
export async function monthsCovered(db: DbOrTx, months: number): Promise<string[]> {
  const rows = await executeRows(db, sql`${londonMonths(months)} order by m`);
  return rows.map((row) => String(row.month));
}

/** Trusts still open (as search lists them), by head-office region and the domain's size band. */
export async function trustsByRegionAndSizeBand(db: DbOrTx) {
  const band = sizeBandCase(trusts.schoolCount);
  return db
    .select({
      region: trusts.region,
      sizeBand: band,
      trustCount: sql<number>`count(*)::int`,
    })
    .from(trusts)
    .where(sql`${trusts.status} <> 'CLOSED'`)
    .groupBy(trusts.region, band)
    .orderBy(sql`${trusts.region} nulls last`, sql`${band} nulls last`);
}

/**
 * Open trusts, and those of them with a published profile: a version of kind PROFILE neither
 * unpublished nor held for a curator's approval, which is what the public trust page shows.
 */
export async function publishedProfileShare(db: DbOrTx) {
  const [row] = await executeRows(
    db,
    sql`select count(*)::int as trust_count,
        (count(*) filter (where exists (
          select 1 from trust_document_versions v
          where v.trust_id = t.id and v.kind = 'PROFILE' and v.unpublished_at is null
            and not v.held
        )))::int as with_published_profile
      from trusts t
      where t.status <> 'CLOSED'`,
  );
  return {
    trustCount: Number(row?.trust_count ?? 0),
    withPublishedProfile: Number(row?.with_published_profile ?? 0),
  };
}

/**
 * For each month, the partnerships that had been requested by its end, by the school's region
 * and the state each was in at that end: the `to_state` of its last event before then (the
 * history is append-only, so a past month reads the same tomorrow). Each event's state holds
 * from its moment until the next event's, so one pass over the events, joined to the months by
 * range, finds them all. The current month's end is still to come: it shows today's states.
 */
export async function partnershipsByMonth(db: DbOrTx, months: number) {
  const rows = await executeRows(
    db,
    sql`with months as (${londonMonths(months)}),
      spans as (
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
      group by months.month, spans.region, spans.to_state
      order by months.month, spans.region, spans.to_state`,
  );
  return rows.map((row) => ({
    month: String(row.month),
    region: String(row.region),
    state: String(row.state),
    partnershipCount: Number(row.partnership_count),
  }));
}

export interface RequestFigures {
  /** The month, or null for the whole period. */
  month: string | null;
  requestCount: number;
  respondedCount: number;
  medianHoursToFirstResponse: number | null;
}

/**
 * Requests made in each month (and in the whole period: the grouping set `()`), how many the
 * trust has answered, and the median hours from the request to the trust's first step on it
 * (the first event after the request taken by the trust's side: opening discussion, proposing
 * terms or declining). Months with no request appear with zero; a median needs one answer.
 */
export async function requestFigures(db: DbOrTx, months: number): Promise<RequestFigures[]> {
  const rows = await executeRows(
    db,
    sql`with months as (${londonMonths(months)}),
      requests as (
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
      group by grouping sets ((months.month), ())
      order by grouping(months.month), months.month`,
  );
  return rows.map((row) => ({
    month: Number(row.whole) === 1 ? null : String(row.month),
    requestCount: Number(row.request_count),
    respondedCount: Number(row.responded_count),
    medianHoursToFirstResponse: row.median_hours === null ? null : Number(row.median_hours),
  }));
}
