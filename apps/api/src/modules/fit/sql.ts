import { tables } from "@atlas/db";
import { type SQL, sql } from "drizzle-orm";
import { type Origin, schoolKmFrom } from "../trusts/search-sql.ts";

const { currentMemberships: cm, schools, trusts, trustPublishedFacts: f } = tables;

/**
 * Everything fit scoring needs of every open trust that runs a school, in one statement: one
 * pass over today's memberships grouped by trust (phases, religious characters, dioceses,
 * nearest school), joined to the trust and its published facts.
 */
export function fitFactsStatement(origin: Origin | null): SQL {
  const nearest = origin ? sql`min(${schoolKmFrom(origin)})` : sql`null::float8`;
  return sql`with by_trust as (
      select ${cm.trustId} as trust_id,
        array_agg(distinct ${schools.phase}::text) as phases,
        array_agg(${schools.religiousCharacter}::text) as characters,
        array_remove(array_agg(distinct ${schools.diocese}), null) as dioceses,
        ${nearest} as distance_km
      from ${cm} join ${schools} on ${schools.id} = ${cm.schoolId}
      group by ${cm.trustId}
    )
    select ${trusts.id} as id, ${trusts.name} as name, ${trusts.schoolCount} as school_count,
      b.phases, b.characters, b.dioceses as school_dioceses, b.distance_km,
      ${f.values} as trust_values, ${f.churchGovernanceLevel} as church, ${f.dioceses} as dioceses,
      ${f.autonomy} as autonomy, ${f.contributionMaxPercent} as contribution
    from by_trust b
    join ${trusts} on ${trusts.id} = b.trust_id
    left join ${f} on ${f.trustId} = ${trusts.id}
    where ${trusts.status} <> 'CLOSED'`;
}
