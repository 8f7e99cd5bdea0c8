import { Breadcrumbs, ErrorSummary, Heading, Main, Notice, TextLink } from "@atlas/ui";
import { data, redirect } from "react-router";
import { assertSameOriginPost } from "../auth/same-origin.server.ts";
import { graphql } from "../gql";
import { createApiClient } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { partnershipsHref } from "../partnerships/hrefs.ts";
import { schoolMemberAccess } from "../schools/member-access.server.ts";
import { parseUrn } from "../schools/urn.ts";
import { shortlistHref } from "../shortlist/member-schools.ts";
import { runShortlistPost } from "../shortlist/run-post.server.ts";
import { SavedSearchList } from "../shortlist/SavedSearchList.tsx";
import { ShortlistEntries } from "../shortlist/ShortlistEntries.tsx";
import { readShortlistPost } from "../shortlist/shortlist-form.ts";
import type { Route } from "./+types/school-shortlist";

/** Asked only once the person is known to be a member: the API refuses it to anyone else. */
const SchoolShortlistQuery = graphql(`
  query SchoolShortlist($urn: Int!) {
    school(urn: $urn) {
      shortlist {
        addedAt
        addedBy
        note
        updatedAt
        trust {
          id
          name
          status
          schoolCount
          region
          phaseCounts {
            phase
            count
          }
        }
      }
      savedSearches {
        id
        name
        filter
        matchCount
        alerts
        seenAt
        createdAt
        newTrusts {
          id
          name
        }
      }
    }
  }
`);

/** The message for the post just made, carried across the redirect by its intent. */
const DONE: Record<string, string> = {
  add: "The trust is on the shortlist.",
  remove: "The trust is off the shortlist.",
  note: "The note is saved.",
  "save-search": "The search is saved.",
  "mark-seen": "The search's new trusts are marked as seen.",
  "delete-search": "The saved search is deleted.",
  "set-alerts": "The search's email alerts are changed.",
};

export async function loader(args: Route.LoaderArgs) {
  const { params, url } = args;
  const api = createApiClient(args);
  const { urn, school, member } = await schoolMemberAccess(api, params.urn, shortlistHref);
  if (!member) {
    // Someone signed in who is not the school's: say so plainly, as a 403.
    return data(
      { school: { urn, name: school.name }, member: false as const, done: null },
      { status: 403 },
    );
  }
  const own = (await api.query(SchoolShortlistQuery, { urn })).school;
  return {
    school: { urn, name: school.name },
    member: true as const,
    shortlist: own?.shortlist ?? [],
    savedSearches: own?.savedSearches ?? [],
    done: DONE[url.searchParams.get("done") ?? ""] ?? null,
  };
}

export async function action(args: Route.ActionArgs) {
  const { request, params } = args;
  assertSameOriginPost(request);
  const urn = parseUrn(params.urn);
  if (urn === null) throw data("Not found", { status: 404 });
  const read = readShortlistPost(await request.formData());
  if (!read.ok) return data({ error: read.error }, { status: 400 });
  const result = await runShortlistPost(createApiClient(args), urn, read.post);
  if (!result.ok) return data({ error: result.error }, { status: result.status });
  // 303: the browser follows with a GET, so refreshing the next page does not post again.
  // Back to this page (from its own buttons) says what was done; other pages show it.
  const here = shortlistHref(urn);
  const back =
    result.redirectTo === null || new URL(result.redirectTo, "http://x").pathname === here
      ? `${here}?done=${read.post.intent}`
      : result.redirectTo;
  throw redirect(back, { status: 303 });
}

export const meta: Route.MetaFunction = ({ loaderData }) => {
  if (!loaderData) return [];
  return [{ title: pageTitle(`Shortlist for ${loaderData.school.name}`) }];
};

export default function SchoolShortlistPage({ loaderData, actionData }: Route.ComponentProps) {
  const { school } = loaderData;
  const heading = `Shortlist for ${school.name}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: `/schools/${school.urn}`, label: school.name },
          { label: "Shortlist" },
        ]}
      />
      <Main>
        <div className="ui-stack">
          {actionData?.error && (
            <ErrorSummary
              title="That could not be done"
              errors={[{ href: `#${actionData.error.field}`, text: actionData.error.message }]}
            />
          )}
          {loaderData.done && (
            <Notice tone="success" headingLevel={2} title={loaderData.done}>
              <p>Everyone who works for the school on Trust Atlas sees the same shortlist.</p>
            </Notice>
          )}
          <Heading level={1}>{heading}</Heading>
          {loaderData.member ? (
            <>
              <p className="ui-body ui-measure">
                Trusts the school is thinking about, with its own notes. Only people who work for
                the school on Trust Atlas can see this page. Add trusts from{" "}
                <TextLink href="/trusts">Find a trust</TextLink>, from a trust's page or from a
                comparison. See the school's{" "}
                <TextLink href={partnershipsHref(school.urn)}>trust partnerships</TextLink>.
              </p>
              <ShortlistEntries urn={school.urn} entries={loaderData.shortlist} />
              <SavedSearchList urn={school.urn} searches={loaderData.savedSearches} />
            </>
          ) : (
            <p className="ui-body ui-measure">
              Only people who work for {school.name} on Trust Atlas can see its shortlist. Go to{" "}
              <TextLink href={`/schools/${school.urn}`}>the school's page</TextLink>.
            </p>
          )}
        </div>
      </Main>
    </>
  );
}
