import { dateInEngland } from "@atlas/domain";
import { Breadcrumbs, ErrorSummary, Heading, Main, TextLink } from "@atlas/ui";
import { useEffect, useState } from "react";
import { data, redirect, useNavigation } from "react-router";
import { assertSameOriginPost } from "../auth/same-origin.server.ts";
import { type ApiClient, createApiClient, throwApiError } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { attachDocuments } from "../partnerships/attach-documents.server.ts";
import { documentsProblemOf, postedDocuments } from "../partnerships/documents.ts";
import { readPostedForm } from "../partnerships/documents-post.server.ts";
import { newPartnershipHref, partnershipHref, partnershipsHref } from "../partnerships/hrefs.ts";
import { NotAMember } from "../partnerships/NotAMember.tsx";
import { notAttachedParams } from "../partnerships/not-attached.ts";
import { RequestPartnershipMutation, TrustToAskQuery } from "../partnerships/operations.ts";
import { RequestForm } from "../partnerships/RequestForm.tsx";
import {
  emptyRequestForm,
  type RequestFormErrors,
  type RequestFormValues,
  readRequestForm,
  requestErrorsFromIssues,
  requestFromForm,
} from "../partnerships/request-form.ts";
import { schoolMemberAccess } from "../schools/member-access.server.ts";
import type { Route } from "./+types/school-partnership-new";

/**
 * Who may ask, and which trust: the trust comes in the link (`?trust=`), and the form posts it
 * back, so the sign-in detour and a failed attempt both return to the same trust.
 */
async function accessOf(api: ApiClient, rawUrn: string | undefined, trustId: string) {
  const access = await memberAccessOf(api, rawUrn, trustId);
  if (!access.member) return { ...access, trust: null };
  return { ...access, trust: await trustToAsk(api, trustId) };
}

function memberAccessOf(api: ApiClient, rawUrn: string | undefined, trustId: string) {
  return schoolMemberAccess(api, rawUrn, (urn) => newPartnershipHref(urn, trustId));
}

async function trustToAsk(api: ApiClient, trustId: string) {
  if (trustId === "") throw data("Not found", { status: 404 });
  const { trust } = await api.query(TrustToAskQuery, { id: trustId });
  if (!trust) throw data("Not found", { status: 404 });
  return trust;
}

type School = { urn: number; name: string };

function forbidden(school: School) {
  return data({ kind: "forbidden" as const, school }, { status: 403 });
}

export async function loader(args: Route.LoaderArgs) {
  const api = createApiClient(args);
  const trustId = args.url.searchParams.get("trust") ?? "";
  const { urn, school, member, trust } = await accessOf(api, args.params.urn, trustId);
  const named = { urn, name: school.name };
  if (!member || !trust) return forbidden(named);
  return {
    kind: "member" as const,
    school: named,
    trust,
    // One key per form shown: a resubmitted form carries its own back (see the action).
    idempotencyKey: crypto.randomUUID(),
  };
}

interface Failed {
  kind: "failed";
  values: RequestFormValues;
  errors: RequestFormErrors;
  /** The API's refusal that is about the whole request, not one field. */
  conflict: string | null;
  /** The documents chosen, by name: a file box cannot be filled in again. */
  chosenDocuments: string[];
}

function failed(status: number, attempt: Omit<Failed, "kind">) {
  return data({ kind: "failed" as const, ...attempt }, { status });
}

const noErrors: RequestFormErrors = { fields: {}, summary: [] };

export async function action(args: Route.ActionArgs) {
  assertSameOriginPost(args.request);
  const api = createApiClient(args);
  // Who is asking is known before the post is read: only the school's members have their
  // documents read at all.
  const member = await memberAccessOf(
    api,
    args.params.urn,
    args.url.searchParams.get("trust") ?? "",
  );
  const { urn, school } = member;
  if (!member.member) return forbidden({ urn, name: school.name });
  const { form, documentsProblem } = await readPostedForm(args.request);
  const posted = form.get("trustId");
  const trust = await trustToAsk(api, typeof posted === "string" ? posted : "");
  const values = readRequestForm(form);
  const documents = postedDocuments(form);
  const chosenDocuments = documents.map((d) => d.name);

  // The documents are checked with the rest, so nothing is asked of the API until all is well.
  const checked = requestFromForm(values, {
    trustId: trust.id,
    urn,
    today: dateInEngland(new Date()),
    documentsProblem: documentsProblem ?? (await documentsProblemOf(documents)),
  });
  if (!checked.ok)
    return failed(400, { values, errors: checked.errors, conflict: null, chosenDocuments });

  const { request } = checked;
  const result = await api.mutate(RequestPartnershipMutation, {
    input: {
      ...request,
      expectedServiceChargePounds: request.expectedServiceChargePounds ?? null,
      governingBodyResolutionDate: request.governingBodyResolutionDate ?? null,
    },
  });
  if (result.error) throwApiError(result.error);
  const outcome = result.data?.requestPartnership;
  if (!outcome) throw new Error("The partnership request failed: the API answered with no data.");
  switch (outcome.__typename) {
    case "PartnershipPayload": {
      // The request stands whatever becomes of its documents: a document not attached is
      // said on the partnership's page, where it can be attached again.
      const { id } = outcome.partnership;
      const notAttached = await attachDocuments(api, id, documents);
      const search = new URLSearchParams([
        ["done", "requested"],
        ...notAttachedParams(notAttached),
      ]);
      // 303: the browser follows with a GET, so reloading the next page does not post again.
      throw redirect(`${partnershipHref(urn, id)}?${search}`, { status: 303 });
    }
    case "ValidationError":
      return failed(400, {
        values,
        errors: requestErrorsFromIssues(outcome.issues),
        conflict: null,
        chosenDocuments,
      });
    case "PartnershipConflictError":
      return failed(409, { values, errors: noErrors, conflict: outcome.message, chosenDocuments });
    case "PartnershipRequestLimitError":
      // Said like a conflict: nothing to fix in the form, only to wait.
      return failed(429, { values, errors: noErrors, conflict: outcome.message, chosenDocuments });
    case "NotFoundError":
      throw data("Not found", { status: 404 });
    default:
      return outcome satisfies never;
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => {
  if (!loaderData) return [];
  if (loaderData.kind === "forbidden")
    return [{ title: pageTitle("You cannot ask for a partnership for this school") }];
  return [
    {
      title: pageTitle(
        `Request a partnership with ${loaderData.trust.name}`,
        loaderData.school.name,
      ),
    },
  ];
};

function Crumbs({ school }: { school: School }) {
  return (
    <Breadcrumbs
      items={[
        { href: "/", label: "Home" },
        { href: `/schools/${school.urn}`, label: school.name },
        { href: partnershipsHref(school.urn), label: "Partnerships" },
        { label: "Request a partnership" },
      ]}
    />
  );
}

export default function RequestPartnershipPage({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  // Each failed attempt shows the error summary anew, so it takes focus again.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (actionData) setAttempt((n) => n + 1);
  }, [actionData]);

  if (loaderData.kind === "forbidden" || actionData?.kind === "forbidden") {
    return (
      <>
        <Crumbs school={loaderData.school} />
        <Main>
          <NotAMember
            school={loaderData.school}
            heading="You cannot ask for a partnership for this school"
          />
        </Main>
      </>
    );
  }
  const { school, trust } = loaderData;
  const attempted = actionData?.kind === "failed" ? actionData : null;
  const action = newPartnershipHref(school.urn, trust.id);
  const submitting = navigation.state === "submitting";
  const summary = [
    // Not about a field: the link goes to the partnership already open with the trust.
    ...(attempted?.conflict
      ? [{ href: partnershipsHref(school.urn), text: attempted.conflict }]
      : []),
    ...(attempted?.errors.summary ?? []),
  ];
  return (
    <>
      <Crumbs school={school} />
      <Main>
        <div className="ui-stack">
          <ErrorSummary errors={summary} key={attempt} />
          <Heading level={1} caption={school.name}>
            Request a trust partnership with {trust.name}
          </Heading>
          <div className="ui-measure ui-stack stack-tight">
            <p className="ui-body">
              A trust partnership is a time-limited trial membership of{" "}
              <TextLink href={`/trusts/${encodeURIComponent(trust.id)}`}>{trust.name}</TextLink>:
              the trust works with the school on teaching and learning, so both can see whether
              joining would be right. The trust replies, proposes terms, and both sides confirm them
              before it starts.
            </p>
            <p className="ui-body">
              Documents, such as the governing body's minutes, can be attached at the end of the
              form, or later on the partnership's page.
            </p>
          </div>
          <RequestForm
            action={action}
            trustId={trust.id}
            values={attempted?.values ?? emptyRequestForm(loaderData.idempotencyKey)}
            errors={attempted?.errors.fields ?? {}}
            chosenDocuments={attempted?.chosenDocuments ?? []}
            submitting={submitting}
          />
        </div>
      </Main>
    </>
  );
}
