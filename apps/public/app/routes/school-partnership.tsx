import { Breadcrumbs, ErrorSummary, Heading, Main, Notice, TextLink } from "@atlas/ui";
import { useEffect, useState } from "react";
import { data, redirect } from "react-router";
import { assertSameOriginPost } from "../auth/same-origin.server.ts";
import { createApiClient, throwApiError } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { partnershipAccessOf as accessOf } from "../partnerships/access.server.ts";
import { attachDocumentsFromPost, isAttachPost } from "../partnerships/documents-action.server.ts";
import { readPostedForm } from "../partnerships/documents-post.server.ts";
import { partnershipHref, partnershipsHref } from "../partnerships/hrefs.ts";
import { NotAMember } from "../partnerships/NotAMember.tsx";
import { readNotAttached } from "../partnerships/not-attached.ts";
import { recordNoteFromPost } from "../partnerships/note-action.server.ts";
import { readNotePost } from "../partnerships/note-form.ts";
import { TransitionPartnershipMutation } from "../partnerships/operations.ts";
import { PartnershipDocuments } from "../partnerships/PartnershipDocuments.tsx";
import { PartnershipHistory } from "../partnerships/PartnershipHistory.tsx";
import { PartnershipNotes } from "../partnerships/PartnershipNotes.tsx";
import { PartnershipSteps } from "../partnerships/PartnershipSteps.tsx";
import { PartnershipTerms } from "../partnerships/PartnershipTerms.tsx";
import { ProposeTermsForm } from "../partnerships/ProposeTermsForm.tsx";
import { proposeTermsFromPost } from "../partnerships/propose-terms-action.server.ts";
import { readTermsPost, termsValuesFrom } from "../partnerships/propose-terms-form.ts";
import { PartnershipStateTag } from "../partnerships/StateTag.tsx";
import {
  DONE,
  isSchoolStep,
  readStepPost,
  type StepErrors,
  type StepPost,
  stepErrors,
  stepInput,
  stepProblems,
  stepSlug,
} from "../partnerships/transition-form.ts";
import type { Route } from "./+types/school-partnership";

type School = { urn: number; name: string };

function forbidden(school: School) {
  return data({ kind: "forbidden" as const, school }, { status: 403 });
}

export async function loader(args: Route.LoaderArgs) {
  const api = createApiClient(args);
  const { urn, school, member, partnership } = await accessOf(api, args.params);
  const named = { urn, name: school.name };
  if (!member || !partnership) return forbidden(named);
  return {
    kind: "member" as const,
    school: named,
    partnership,
    done: DONE[args.url.searchParams.get("done") ?? ""] ?? null,
    // A request's documents that were refused after it was made (school-partnership-new).
    notAttached: readNotAttached(args.url.searchParams),
  };
}

interface Failed {
  kind: "failed";
  post: StepPost;
  errors: StepErrors;
  /** The partnership moved on since the page was shown: nothing was done. */
  stale: string | null;
}

function failed(status: number, attempt: Omit<Failed, "kind">) {
  return data({ kind: "failed" as const, ...attempt }, { status });
}

const noErrors: StepErrors = { fields: {}, summary: [] };

export async function action(args: Route.ActionArgs) {
  assertSameOriginPost(args.request);
  const api = createApiClient(args);
  const { urn, school, member, partnership } = await accessOf(api, args.params);
  if (!member || !partnership) return forbidden({ urn, name: school.name });
  const posted = await readPostedForm(args.request);
  const { form } = posted;
  // Documents, notes and proposed terms have forms of their own; every other post is a step.
  const target = { urn, partnershipId: partnership.id };
  if (isAttachPost(form)) return attachDocumentsFromPost(api, { ...target, post: posted });
  const note = readNotePost(form);
  if (note) return recordNoteFromPost(api, { ...target, post: note });
  const terms = readTermsPost(form);
  if (terms) return proposeTermsFromPost(api, { ...target, post: terms });
  const post = readStepPost(form);
  if (!post) throw data("That form is not one this page sends.", { status: 400 });

  const problems = stepProblems(post);
  if (problems.length > 0)
    return failed(400, { post, errors: stepErrors(post.action, problems), stale: null });

  const result = await api.mutate(TransitionPartnershipMutation, {
    input: stepInput(partnership.id, post),
  });
  if (result.error) throwApiError(result.error);
  const outcome = result.data?.transitionPartnership;
  if (!outcome) throw new Error("The partnership step failed: the API answered with no data.");
  switch (outcome.__typename) {
    case "PartnershipPayload":
      // 303: the browser follows with a GET, so reloading the page does not take the step again.
      throw redirect(`${partnershipHref(urn, partnership.id)}?done=${stepSlug(post.action)}`, {
        status: 303,
      });
    case "ValidationError":
      return failed(400, { post, errors: stepErrors(post.action, outcome.issues), stale: null });
    case "PartnershipRefusedError":
      return failed(400, {
        post,
        errors: stepErrors(post.action, [{ path: outcome.path, message: outcome.message }]),
        stale: null,
      });
    case "PartnershipStaleError":
    case "PartnershipConflictError":
      return failed(409, { post, errors: noErrors, stale: outcome.message });
    case "NotFoundError":
      throw data("Not found", { status: 404 });
    default:
      return outcome satisfies never;
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => {
  if (!loaderData) return [];
  if (loaderData.kind === "forbidden")
    return [{ title: pageTitle("You cannot see this school's partnerships") }];
  const { partnership, school } = loaderData;
  return [{ title: pageTitle(`Partnership with ${partnership.trust.name}`, school.name) }];
};

export default function SchoolPartnershipPage({ loaderData, actionData }: Route.ComponentProps) {
  // Each failed attempt shows the error summary anew, so it takes focus again.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (actionData) setAttempt((n) => n + 1);
  }, [actionData]);

  const crumbs = (school: School) => (
    <Breadcrumbs
      items={[
        { href: "/", label: "Home" },
        { href: `/schools/${school.urn}`, label: school.name },
        { href: partnershipsHref(school.urn), label: "Partnerships" },
        { label: loaderData.kind === "member" ? loaderData.partnership.trust.name : "Partnership" },
      ]}
    />
  );
  if (loaderData.kind === "forbidden" || actionData?.kind === "forbidden") {
    return (
      <>
        {crumbs(loaderData.school)}
        <Main>
          <NotAMember
            school={loaderData.school}
            heading="You cannot see this school's partnerships"
          />
        </Main>
      </>
    );
  }
  const { school, partnership, done, notAttached } = loaderData;
  const attempted = actionData?.kind === "failed" ? actionData : null;
  const noteAttempt = actionData?.kind === "note-failed" ? actionData : null;
  const termsAttempt = actionData?.kind === "terms-failed" ? actionData : null;
  const documentsAttempt = actionData?.kind === "documents-failed" ? actionData : null;
  const failedAttempt = attempted ?? noteAttempt ?? termsAttempt ?? documentsAttempt;
  const stale = attempted?.stale ?? termsAttempt?.stale ?? null;
  const here = partnershipHref(school.urn, partnership.id);
  const steps = partnership.availableActions.filter(isSchoolStep);
  const names = { school: school.name, trust: partnership.trust.name };
  return (
    <>
      {crumbs(school)}
      <Main>
        <div className="ui-stack">
          <ErrorSummary
            title={
              noteAttempt
                ? "That was not recorded"
                : documentsAttempt
                  ? "Not every document was attached"
                  : "That step was not taken"
            }
            errors={failedAttempt?.errors.summary ?? []}
            key={attempt}
          />
          {stale && (
            <Notice
              tone="warning"
              title="The partnership changed since you opened this page"
              role="alert"
            >
              <p>{stale} Nothing was done.</p>
              <p>
                <TextLink href={here}>Reload the page to see where it stands now</TextLink>, then
                decide again.
              </p>
            </Notice>
          )}
          {done && !failedAttempt && (
            <Notice tone="success" title={done} role="status">
              <p>It is in the history below, and the trust has been told.</p>
            </Notice>
          )}
          {notAttached.length > 0 && !failedAttempt && (
            <Notice tone="warning" title="Not every document was attached" role="alert">
              <ul className="ui-list">
                {notAttached.map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
              <p>
                The request itself is sent.{" "}
                <TextLink href="#attach-documents">Attach the documents again below</TextLink>.
              </p>
            </Notice>
          )}
          <Heading level={1} caption={school.name}>
            Partnership with {partnership.trust.name}
          </Heading>
          <p className="ui-body-l">
            <PartnershipStateTag state={partnership.state} />{" "}
            <TextLink href={`/trusts/${encodeURIComponent(partnership.trust.id)}`}>
              {partnership.trust.name}
            </TextLink>
          </p>
          <PartnershipSteps
            action={here}
            steps={steps}
            version={partnership.version}
            failed={
              attempted
                ? {
                    action: attempted.post.action,
                    values: attempted.post.values,
                    fields: attempted.errors.fields,
                  }
                : null
            }
          />
          <PartnershipTerms partnership={partnership} />
          {partnership.agreement && (
            <p className="ui-body">
              {/* A file, not a page: a plain link, so the router does not try to render it. */}
              <a className="ui-link" href={`${here}/agreement.pdf`} download>
                Download the agreement (PDF)
              </a>
            </p>
          )}
          {partnership.availableActions.includes("PROPOSE_TERMS") && (
            <ProposeTermsForm
              action={here}
              version={partnership.version}
              values={termsAttempt?.post.values ?? termsValuesFrom(partnership.terms)}
              errors={termsAttempt?.errors.fields ?? {}}
            />
          )}
          <PartnershipDocuments
            action={here}
            state={partnership.state}
            documents={partnership.documents}
            failed={
              documentsAttempt
                ? {
                    error: documentsAttempt.errors.fields.documents,
                    chosenDocuments: documentsAttempt.chosenDocuments,
                  }
                : null
            }
          />
          <PartnershipNotes
            action={here}
            state={partnership.state}
            events={partnership.partnershipEvents}
            names={names}
            failed={
              noteAttempt
                ? {
                    kind: noteAttempt.post.kind,
                    values: noteAttempt.post.values,
                    fields: noteAttempt.errors.fields,
                  }
                : null
            }
          />
          <PartnershipHistory events={partnership.partnershipEvents} names={names} />
        </div>
      </Main>
    </>
  );
}
