import { INVITATION_VALID_DAYS } from "@atlas/domain";
import {
  Breadcrumbs,
  Button,
  checkInvite,
  ErrorSummary,
  type FormErrors,
  formatDate,
  Heading,
  type InviteField,
  inviteAnswerOf,
  Main,
  Notice,
  TextInput,
  TextLink,
} from "@atlas/ui";
import { useEffect, useState } from "react";
import { data, Form, redirect, useNavigation } from "react-router";
import { assertSameOriginPost } from "../auth/same-origin.server.ts";
import { type ApiClient, createApiClient, throwApiError } from "../graphql/client.server.ts";
import { colleaguesHref, readInviteForm, sentHref, sentOf } from "../invitations/invite-form.ts";
import { InviteColleagueMutation } from "../invitations/operations.ts";
import { pageTitle } from "../meta.ts";
import { schoolMemberAccess } from "../schools/member-access.server.ts";
import type { Route } from "./+types/school-colleagues";

// A school's member invites a colleague to act for the school with them: the API emails a
// link that works once, for that address, for INVITATION_VALID_DAYS days.

const HEADING = "Invite a colleague";

function accessOf(api: ApiClient, rawUrn: string | undefined) {
  return schoolMemberAccess(api, rawUrn, colleaguesHref);
}

type School = { urn: number; name: string };

function forbidden(school: School) {
  return data({ kind: "forbidden" as const, school }, { status: 403 });
}

function failed(email: string, errors: FormErrors<InviteField>) {
  return data({ kind: "failed" as const, email, errors }, { status: 400 });
}

export async function loader(args: Route.LoaderArgs) {
  const api = createApiClient(args);
  const { urn, school, member } = await accessOf(api, args.params.urn);
  const named = { urn, name: school.name };
  if (!member) return forbidden(named);
  return { kind: "member" as const, school: named, sent: sentOf(args.url.searchParams) };
}

export async function action(args: Route.ActionArgs) {
  assertSameOriginPost(args.request);
  const api = createApiClient(args);
  // Asked again on posting: a member who left since the form opened is told so, not the API's
  // refusal as an error page.
  const { urn, school, member } = await accessOf(api, args.params.urn);
  if (!member) return forbidden({ urn, name: school.name });
  const email = readInviteForm(await args.request.formData());
  const checked = checkInvite(email);
  if (!checked.ok) return failed(email, checked.errors);

  const result = await api.mutate(InviteColleagueMutation, {
    input: { organisationId: school.id, email: checked.email },
  });
  if (result.error) throwApiError(result.error);
  const outcome = result.data?.inviteColleague;
  if (!outcome) throw new Error("Inviting failed: the API answered with no data.");
  const answer = inviteAnswerOf(outcome);
  if (answer.kind === "issues") return failed(email, answer.errors);
  // 303: the browser follows with a GET, so reloading the page does not send it again.
  throw redirect(sentHref(urn, answer), { status: 303 });
}

function Crumbs({ school }: { school: School }) {
  return (
    <Breadcrumbs
      items={[
        { href: "/", label: "Home" },
        { href: `/schools/${school.urn}`, label: school.name },
        { label: HEADING },
      ]}
    />
  );
}

function NotAMember({ school }: { school: School }) {
  return (
    <>
      <title>{pageTitle("You cannot invite colleagues to this school")}</title>
      <Crumbs school={school} />
      <Main>
        <section aria-labelledby="forbidden-heading" className="ui-measure ui-stack">
          <Heading level={1} id="forbidden-heading">
            You cannot invite colleagues to this school
          </Heading>
          <p className="ui-body">
            Only people who work for {school.name} on Trust Atlas can invite colleagues to act for
            it. If you work there, ask one of them to invite you, or{" "}
            <TextLink href="/claims">ask to represent the school</TextLink>.
          </p>
          <p className="ui-body">
            <TextLink href={`/schools/${school.urn}`}>Go back to {school.name}</TextLink>
          </p>
        </section>
      </Main>
    </>
  );
}

export default function SchoolColleaguesPage({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  // Each failed attempt shows the error summary anew, so it takes focus again.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (actionData) setAttempt((n) => n + 1);
  }, [actionData]);

  if (loaderData.kind === "forbidden" || actionData?.kind === "forbidden") {
    return <NotAMember school={loaderData.school} />;
  }
  const { school, sent } = loaderData;
  const attempted = actionData?.kind === "failed" ? actionData : null;
  const errors = attempted?.errors ?? { fields: {}, summary: [] };
  const here = colleaguesHref(school.urn);
  const submitting = navigation.state === "submitting" && navigation.formAction === here;
  const title = `${HEADING} to ${school.name}`;
  return (
    <>
      <title>{pageTitle(errors.summary.length > 0 ? `Error: ${title}` : title)}</title>
      <Crumbs school={school} />
      <Main>
        <div className="ui-stack">
          <ErrorSummary errors={errors.summary} key={attempt} />
          {sent && !attempted && (
            <Notice tone="success" role="status" title="Invitation sent">
              <p className="ui-mb-0">
                Invitation sent to {sent.email}, valid until {formatDate(sent.expiresAt)}. They
                accept it by signing in, or creating an account, with that address.
              </p>
            </Notice>
          )}
          <Heading level={1} caption={school.name}>
            {HEADING}
          </Heading>
          <div className="ui-measure ui-stack stack-tight">
            <p className="ui-body">
              Invite someone who works for {school.name} to act for it on Trust Atlas with you: to
              keep its shortlist, check how well trusts fit it, and ask trusts for partnerships.
            </p>
            <p className="ui-body">
              We email them a link. It works once, only for the address you give, for{" "}
              {INVITATION_VALID_DAYS} days.
            </p>
          </div>
          {/* A new form after each invitation sent, so the address just used is not left in it. */}
          <Form
            method="post"
            action={here}
            noValidate
            className="ui-measure"
            key={sent ? `${sent.email} ${sent.expiresAt}` : "first"}
          >
            <TextInput
              name="email"
              type="email"
              label="Their work email address"
              autoComplete="off"
              spellCheck={false}
              width={30}
              defaultValue={attempted?.email ?? ""}
              error={errors.fields.email}
            />
            <Button disabled={submitting}>Send the invitation</Button>
          </Form>
        </div>
      </Main>
    </>
  );
}
