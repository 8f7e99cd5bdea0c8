import { ErrorSummary, Heading, Main, Notice } from "@atlas/ui";
import { useEffect, useState } from "react";
import { data, redirect, useNavigation, useRouteLoaderData } from "react-router";
import { signInHref } from "../auth/redirect.ts";
import { assertSameOriginPost } from "../auth/same-origin.server.ts";
import { ClaimForm } from "../claims/ClaimForm.tsx";
import { ClaimList } from "../claims/ClaimList.tsx";
import {
  type ClaimFormErrors,
  type ClaimFormValues,
  claimErrorsFromIssues,
  claimFromForm,
  emptyClaimForm,
  organisationError,
  readClaimForm,
  roleOf,
} from "../claims/claim-form.ts";
import { ClaimsViewerQuery, MyClaimsQuery, RequestClaimMutation } from "../claims/operations.ts";
import { RolesHeld } from "../claims/RolesHeld.tsx";
import { createApiClient, throwApiError } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import type { loader as rootLoader } from "../root.tsx";
import type { Route } from "./+types/claims";

const TITLE = "Act for a school or trust";

export async function loader(args: Route.LoaderArgs) {
  const api = createApiClient(args);
  const { viewer } = await api.query(ClaimsViewerQuery, {});
  if (!viewer) throw redirect(signInHref(`${args.url.pathname}${args.url.search}`));
  const { myClaims } = await api.query(MyClaimsQuery, {});
  const sent = args.url.searchParams.get("sent");
  return {
    viewer,
    claims: myClaims,
    role: roleOf(args.url.searchParams.get("role")),
    // The claim just sent (or found waiting), to say where it stands.
    sent: myClaims.find((c) => c.id === sent) ?? null,
  };
}

function failed(values: ClaimFormValues, errors: ClaimFormErrors) {
  return data({ values, errors }, { status: 400 });
}

export async function action(args: Route.ActionArgs) {
  assertSameOriginPost(args.request);
  const values = readClaimForm(await args.request.formData());
  const checked = claimFromForm(values);
  if (!checked.ok) return failed(values, checked.errors);
  const { claim } = checked;

  const api = createApiClient(args);
  const result = await api.mutate(RequestClaimMutation, {
    input: {
      role: claim.role,
      urn: claim.role === "SCHOOL_MEMBER" ? claim.urn : null,
      groupUid: claim.role === "TRUST_ADMIN" ? claim.groupUid : null,
      jobTitle: claim.jobTitle,
      evidence: claim.evidence,
    },
  });
  if (result.error?.graphQLErrors.some((e) => e.extensions.code === "UNAUTHENTICATED")) {
    // The session ended while the form was open: sign in again, then back to the form.
    throw redirect(signInHref("/claims"), { status: 303 });
  }
  if (result.error) throwApiError(result.error);
  const outcome = result.data?.requestClaim;
  if (!outcome) throw new Error("The claim failed: the API answered with no data.");
  switch (outcome.__typename) {
    case "ClaimPayload":
      // 303: the browser follows with a GET, so reloading the page does not post again.
      throw redirect(`/claims?${new URLSearchParams({ sent: outcome.claim.id })}`, {
        status: 303,
      });
    case "ValidationError":
      return failed(values, claimErrorsFromIssues(values.role, outcome.issues));
    case "NotFoundError":
      return failed(values, claimErrorsFromIssues(values.role, [outcome]));
    case "ClaimRefusedError":
      return failed(values, organisationError(values.role, outcome.message));
    default:
      return outcome satisfies never;
  }
}

function organisationName(claim: {
  school?: { name: string } | null;
  trust?: { name: string } | null;
}) {
  return claim.school?.name ?? claim.trust?.name ?? "the organisation";
}

export default function ClaimsPage({ loaderData, actionData }: Route.ComponentProps) {
  const rootData = useRouteLoaderData<typeof rootLoader>("root");
  const navigation = useNavigation();
  const { viewer, claims, sent } = loaderData;
  const errors = actionData?.errors ?? { fields: {}, summary: [] };
  // Each failed attempt shows the error summary anew, so it takes focus again.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (actionData) setAttempt((n) => n + 1);
  }, [actionData]);
  const submitting = navigation.state === "submitting" && navigation.formAction === "/claims";
  return (
    <Main>
      <title>{pageTitle(errors.summary.length > 0 ? `Error: ${TITLE}` : TITLE)}</title>
      <div className="ui-stack">
        <ErrorSummary errors={errors.summary} key={attempt} />
        <Heading level={1} caption={viewer.name}>
          {TITLE}
        </Heading>
        {sent?.state === "PENDING" && (
          <Notice tone="success" role="status" title="Your claim is sent">
            <p className="ui-mb-0">
              Your claim to act for {organisationName(sent)} is waiting for a curator. We will email
              you at {viewer.email} when it is decided. Asking again while it waits does not send
              another.
            </p>
          </Notice>
        )}
        <RolesHeld viewer={viewer} adminUrl={rootData?.adminUrl ?? "/"} />
        <section aria-labelledby="claims-heading" className="ui-stack">
          <Heading level={2} id="claims-heading">
            Your claims
          </Heading>
          {claims.length === 0 ? (
            <p className="ui-body">You have not asked to act for a school or trust yet.</p>
          ) : (
            <ClaimList claims={claims} />
          )}
        </section>
        <ClaimForm
          values={actionData?.values ?? emptyClaimForm(loaderData.role)}
          errors={errors.fields}
          submitting={submitting}
        />
      </div>
    </Main>
  );
}
