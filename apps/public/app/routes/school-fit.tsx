import {
  ErrorSummary,
  firstPage,
  formatDate,
  Heading,
  isUnreadableCursor,
  Main,
  Notice,
  pageArgs,
  pageLinks,
  readPagePosition,
  TextLink,
} from "@atlas/ui";
import { useEffect, useState } from "react";
import { data, redirect, useNavigation } from "react-router";
import { assertSameOriginPost } from "../auth/same-origin.server.ts";
import {
  ConflictNotice,
  Crumbs,
  type FitConflict,
  fitPath,
  NotAMember,
} from "../fit/FitNotices.tsx";
import { FitProfileForm, PROFILE_HEADING_ID } from "../fit/FitProfileForm.tsx";
import { FitRanking } from "../fit/FitRanking.tsx";
import { FitProfileFormQuery, FitRankingQuery, SaveFitProfileMutation } from "../fit/operations.ts";
import {
  type FitFormErrors,
  type FitFormValues,
  fitErrorsFromIssues,
  formValuesFromProfile,
  preferencesFromForm,
  readFitForm,
  toApiPreferences,
} from "../fit/preferences-form.ts";
import {
  type ApiClient,
  createApiClient,
  dataOf,
  throwApiError,
} from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { schoolMemberAccess } from "../schools/member-access.server.ts";
import type { Route } from "./+types/school-fit";

/** Trusts on one page of the ranking. */
export const FIT_PAGE_SIZE = 20;

function accessOf(api: ApiClient, rawUrn: string | undefined) {
  return schoolMemberAccess(api, rawUrn, fitPath);
}

type School = Awaited<ReturnType<typeof accessOf>>["school"];

function forbidden(school: School) {
  return data({ kind: "forbidden" as const, school }, { status: 403 });
}

export async function loader(args: Route.LoaderArgs) {
  const api = createApiClient(args);
  const { urn, school, member } = await accessOf(api, args.params.urn);
  if (!member) return forbidden(school);
  const profile = (await api.query(FitProfileFormQuery, { urn })).school?.fitProfile ?? null;
  // The API scores only by a saved profile (it has no defaults): until then, the form alone.
  if (!profile) return { kind: "member" as const, school, profile, ranking: null, saved: false };

  let position = readPagePosition(args.url.searchParams);
  let result = await api.queryResult(FitRankingQuery, {
    urn,
    ...pageArgs(position, FIT_PAGE_SIZE),
  });
  // A cursor from an old or edited link: the first page, rather than an error.
  if (isUnreadableCursor(result.error, position)) {
    position = firstPage;
    result = await api.queryResult(FitRankingQuery, { urn, ...pageArgs(position, FIT_PAGE_SIZE) });
  }
  const { fit } = dataOf(result);
  return {
    kind: "member" as const,
    school,
    profile,
    ranking: {
      fit,
      page: position.page,
      links: pageLinks(fitPath(urn), new URLSearchParams(), position, fit.pageInfo),
    },
    saved: args.url.searchParams.get("saved") === "1",
  };
}

interface Failed {
  kind: "failed";
  values: FitFormValues;
  expectedVersion: number;
  errors: FitFormErrors;
  conflict: FitConflict | null;
}

function failed(status: number, attempt: Omit<Failed, "kind">) {
  return data({ kind: "failed" as const, ...attempt }, { status });
}

export async function action(args: Route.ActionArgs) {
  assertSameOriginPost(args.request);
  const api = createApiClient(args);
  const { urn, school, member } = await accessOf(api, args.params.urn);
  if (!member) return forbidden(school);
  const form = await args.request.formData();
  const values = readFitForm(form);
  const version = Number(form.get("expectedVersion"));
  const expectedVersion = Number.isInteger(version) && version >= 0 ? version : 0;
  const noErrors: FitFormErrors = { fields: {}, summary: [] };

  const checked = preferencesFromForm(values);
  if (!checked.ok)
    return failed(400, { values, expectedVersion, errors: checked.errors, conflict: null });

  const result = await api.mutate(SaveFitProfileMutation, {
    input: { urn, expectedVersion, preferences: toApiPreferences(checked.preferences) },
  });
  if (result.error) throwApiError(result.error);
  const outcome = result.data?.saveFitProfile;
  if (!outcome) throw new Error("Saving the fit profile failed: the API answered with no data.");
  switch (outcome.__typename) {
    case "SaveFitProfilePayload":
      // 303: the browser follows with a GET, so reloading the page does not post again.
      throw redirect(`${fitPath(urn)}?saved=1`, { status: 303 });
    case "ValidationError":
      return failed(400, {
        values,
        expectedVersion,
        errors: fitErrorsFromIssues(outcome.issues),
        conflict: null,
      });
    case "FitProfileConflictError":
      return failed(409, {
        values,
        expectedVersion,
        errors: noErrors,
        conflict: { currentVersion: outcome.currentVersion, changedBy: outcome.changedBy ?? null },
      });
    case "NotFoundError":
      throw data("Not found", { status: 404 });
    default:
      return outcome satisfies never;
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => {
  if (!loaderData) return [];
  if (loaderData.kind === "forbidden")
    return [{ title: pageTitle("You cannot check this school's fit") }];
  return [{ title: pageTitle(`How well trusts fit ${loaderData.school.name}`) }];
};

export default function SchoolFitPage({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  // Each failed attempt shows the error summary anew, so it takes focus again.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (actionData) setAttempt((n) => n + 1);
  }, [actionData]);

  if (loaderData.kind === "forbidden" || actionData?.kind === "forbidden") {
    return <NotAMember school={loaderData.school} />;
  }
  const { school, profile, ranking, saved } = loaderData;
  const attempted = actionData?.kind === "failed" ? actionData : null;
  const action = fitPath(school.urn);
  const submitting = navigation.state === "submitting" && navigation.formAction === action;

  const form = (
    <FitProfileForm
      action={action}
      values={attempted?.values ?? formValuesFromProfile(profile)}
      errors={attempted?.errors.fields ?? {}}
      expectedVersion={attempted?.expectedVersion ?? profile?.version ?? 0}
      submitting={submitting}
    />
  );
  return (
    <>
      <Crumbs school={school} />
      <Main>
        <div className="ui-stack">
          <ErrorSummary errors={attempted?.errors.summary ?? []} key={attempt} />
          {attempted?.conflict && <ConflictNotice conflict={attempted.conflict} urn={school.urn} />}
          {saved && !attempted && (
            <Notice tone="success" title="The school's profile was saved" role="status">
              <p>The scores below use it.</p>
            </Notice>
          )}
          <Heading level={1}>How well trusts fit {school.name}</Heading>
          <div className="ui-measure ui-stack stack-tight">
            <p className="ui-body">
              Each open trust gets a fit score out of 100: how well it meets what the school wants,
              each thing weighted by how much it matters to the school. It uses the school's saved
              profile, and what trusts have published. A trust the school's faith rules out scores
              0, and says why.
            </p>
            {profile ? (
              <p className="ui-body">
                Profile saved{profile.savedBy ? ` by ${profile.savedBy}` : ""} on{" "}
                {formatDate(profile.savedAt)} (version {profile.version}).{" "}
                <TextLink href={`#${PROFILE_HEADING_ID}`}>Change the profile</TextLink>
              </p>
            ) : (
              <p className="ui-body">
                The school has not saved its profile yet, so no trust can be scored. Fill in the
                form and save it to see the trusts, best fit first.
              </p>
            )}
          </div>
          {ranking ? (
            <>
              <FitRanking
                fit={ranking.fit}
                links={ranking.links}
                page={ranking.page}
                pageSize={FIT_PAGE_SIZE}
              />
              {form}
            </>
          ) : (
            form
          )}
        </div>
      </Main>
    </>
  );
}
