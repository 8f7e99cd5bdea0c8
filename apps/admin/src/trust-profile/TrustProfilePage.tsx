import { changeSummarySchema } from "@atlas/domain";
import {
  Button,
  ButtonGroup,
  errorsFromIssues,
  type FieldIssueLike,
  Heading,
  Notice,
  SummaryList,
  TextLink,
} from "@atlas/ui";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useClient, useMutation, useQuery } from "urql";
import { AttemptErrorSummary, useFormErrors } from "../forms/form-attempts.tsx";
import { Page } from "../layout/Page.tsx";
import {
  ConflictNotice,
  savedLine,
  type VersionConflict,
} from "../trust-documents/ConflictNotice.tsx";
import { LeaveGuardNotice, useLeaveGuard } from "../trust-documents/LeaveGuard.tsx";
import {
  changeSummaryId,
  PublishSection,
  type PublishState,
} from "../trust-documents/PublishSection.tsx";
import type { PageTrust } from "../trust-documents/page-trust.ts";
import { publishedMessage } from "../trust-documents/published-message.ts";
import {
  documentTitles,
  isPartial,
  OtherTrusts,
  TrustDocumentLoading,
  TrustDocumentRefusal,
  useCompleteOnce,
  useTrustDocumentPage,
} from "../trust-documents/TrustDocumentRoute.tsx";
import { UnpublishedChanges } from "../trust-documents/UnpublishedChanges.tsx";
import { formatDateTime } from "../trust-documents/when.ts";
import {
  type ProfileEditorTrust,
  PublishTrustProfileMutation,
  SaveTrustProfileDraftMutation,
  TrustProfileEditorQuery,
} from "./operations.ts";
import { ProfileFields, profileSections } from "./ProfileFields.tsx";
import { ProfileChangesTable, ProfileHistory } from "./ProfileHistory.tsx";
import {
  type BuiltProfile,
  checkProfileForm,
  emptyProfileForm,
  formFromContent,
  type ProfileForm,
  placeProfileIssue,
  profileFieldIds,
  sameProfile,
} from "./profile-form.ts";

const title = documentTitles.profile;
export const saveDraftLabel = "Save draft";

/** /trust-profile and /trusts/:trustId/profile. */
export function TrustProfilePage() {
  const resolution = useTrustDocumentPage();
  if (resolution.kind !== "trust") {
    return <TrustDocumentRefusal kind="profile" resolution={resolution} />;
  }
  return <TrustProfileLoader key={resolution.trustId} pageTrust={resolution} />;
}

function TrustProfileLoader({ pageTrust }: { pageTrust: PageTrust }) {
  const [result, reexecute] = useQuery({
    query: TrustProfileEditorQuery,
    variables: { id: pageTrust.trustId },
  });
  const trust = result.data?.trust;
  const ready = useCompleteOnce(trust, isPartial(result.operation));
  const [hasErrors, setHasErrors] = useState(false);
  const name = trust?.name ?? pageTrust.knownName;
  const named = name ? `${title}: ${name}` : title;
  // One Page (and so one h1) whatever the state: focus moved to it survives the load.
  return (
    <Page title={title} caption={name} documentTitle={hasErrors ? `Error: ${named}` : named}>
      {ready && trust ? (
        <TrustProfileEditor trust={trust} pageTrust={pageTrust} onErrorsChange={setHasErrors} />
      ) : (
        <TrustDocumentLoading
          failed={result.error !== undefined && !result.data}
          missing={trust === null}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      )}
    </Page>
  );
}

/** What the form starts from: the draft, else the published version, else nothing. */
function startingPoint(trust: ProfileEditorTrust): {
  form: ProfileForm;
  version: number;
  source: string;
} {
  if (trust.profileDraft) {
    return {
      form: formFromContent(trust.profileDraft),
      version: trust.profileDraft.version,
      source: `the saved draft (version ${trust.profileDraft.version})`,
    };
  }
  if (trust.profile) {
    return {
      form: formFromContent(trust.profile),
      version: 0,
      source: `published version ${trust.profile.number}: there is no draft yet`,
    };
  }
  return {
    form: emptyProfileForm(),
    version: 0,
    source: "an empty profile: nothing has been saved or published yet",
  };
}

type Message = { tone: "success" | "error"; text: string } | null;

const noConnection = "Check your connection and try again. Your changes are still in the form.";

function TrustProfileEditor({
  trust,
  pageTrust,
  onErrorsChange,
}: {
  trust: ProfileEditorTrust;
  pageTrust: PageTrust;
  onErrorsChange: (hasErrors: boolean) => void;
}) {
  const client = useClient();
  const [, saveDraft] = useMutation(SaveTrustProfileDraftMutation);
  const [, publishProfile] = useMutation(PublishTrustProfileMutation);
  const readOnly = !pageTrust.canEdit;

  const [start] = useState(() => startingPoint(trust));
  const [form, setForm] = useState(start.form);
  /** The form as last loaded or saved: unsaved changes are the differences from it. */
  const [saved, setSaved] = useState(start.form);
  /** The draft version the form was loaded or saved as: sent as expectedVersion. */
  const [baseVersion, setBaseVersion] = useState(start.version);
  const [source, setSource] = useState(start.source);
  const { errors, attempt, show } = useFormErrors();
  const [conflict, setConflict] = useState<VersionConflict | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [saving, setSaving] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [loadingNewer, setLoadingNewer] = useState(false);
  const [summary, setSummary] = useState("");
  const formHeadingId = useId();

  const dirty = !readOnly && !sameProfile(form, saved);
  const blocker = useLeaveGuard(dirty);
  const draft = trust.profileDraft;

  function showIssues(issues: readonly FieldIssueLike[], rows: BuiltProfile["rows"]) {
    const ids = profileFieldIds(form);
    const placed = issues.map((issue) =>
      issue.path.includes("changeSummary")
        ? { path: [changeSummaryId], message: issue.message }
        : placeProfileIssue(issue, form, rows, ids),
    );
    show(errorsFromIssues([...ids, changeSummaryId], placed));
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (readOnly || saving) return;
    setMessage(null);
    const check = checkProfileForm(form);
    if (!check.ok) {
      showIssues(check.issues, check.built.rows);
      return;
    }
    const sent = form;
    setSaving(true);
    const result = await saveDraft({
      input: { trustId: trust.id, expectedVersion: baseVersion, profile: check.input },
    });
    setSaving(false);
    const outcome = result.data?.saveTrustProfileDraft;
    if (!outcome) {
      setMessage({ tone: "error", text: `The draft could not be saved. ${noConnection}` });
      return;
    }
    switch (outcome.__typename) {
      case "SaveTrustProfileDraftPayload": {
        const version = outcome.trust.profileDraft?.version ?? baseVersion + 1;
        setSaved(sent);
        setBaseVersion(version);
        setSource(`the saved draft (version ${version})`);
        show(null);
        setConflict(null);
        setMessage({
          tone: "success",
          text: `Draft saved (version ${version}). Schools do not see it until you publish it.`,
        });
        return;
      }
      case "ValidationError":
        showIssues(outcome.issues, check.built.rows);
        return;
      case "VersionConflictError":
        setConflict(outcome);
        return;
    }
  }

  async function loadNewer() {
    if (loadingNewer) return;
    setLoadingNewer(true);
    const result = await client
      .query(TrustProfileEditorQuery, { id: trust.id }, { requestPolicy: "network-only" })
      .toPromise();
    setLoadingNewer(false);
    const fresh = result.data?.trust;
    if (!fresh) {
      setMessage({ tone: "error", text: `The newer draft could not be loaded. ${noConnection}` });
      return;
    }
    const next = startingPoint(fresh);
    setForm(next.form);
    setSaved(next.form);
    setBaseVersion(next.version);
    setSource(next.source);
    setConflict(null);
    show(null);
    setMessage({
      tone: "success",
      text: `Loaded ${next.source}. Make your changes again, then save.`,
    });
  }

  async function publish() {
    if (readOnly || publishing) return;
    setMessage(null);
    const parsed = changeSummarySchema.safeParse(summary);
    if (!parsed.success) {
      showIssues(
        parsed.error.issues.map((i) => ({ path: [changeSummaryId], message: i.message })),
        { values: [], contacts: [] },
      );
      return;
    }
    setPublishing(true);
    const result = await publishProfile({
      input: { trustId: trust.id, expectedVersion: baseVersion, changeSummary: parsed.data },
    });
    setPublishing(false);
    const outcome = result.data?.publishTrustProfile;
    if (!outcome) {
      setMessage({ tone: "error", text: `The profile could not be published. ${noConnection}` });
      return;
    }
    switch (outcome.__typename) {
      case "PublishTrustProfilePayload":
        setSummary("");
        show(null);
        setConflict(null);
        setMessage({
          tone: "success",
          text: publishedMessage(outcome.version),
        });
        return;
      case "ValidationError":
        showIssues(outcome.issues, { values: [], contacts: [] });
        return;
      case "VersionConflictError":
        setConflict(outcome);
        return;
      case "NothingToPublishError":
        showIssues([{ path: [changeSummaryId], message: outcome.message }], {
          values: [],
          contacts: [],
        });
        return;
    }
  }

  let publishState: PublishState;
  if (baseVersion === 0 || !draft) publishState = { kind: "no-draft" };
  else if (dirty) publishState = { kind: "unsaved" };
  else if (draft.unpublishedChanges.length === 0) {
    publishState = { kind: "nothing", publishedNumber: trust.profile?.number ?? null };
  } else {
    publishState = {
      kind: "ready",
      changeCount: draft.unpublishedChanges.length,
      changeWord: draft.unpublishedChanges.length === 1 ? "change" : "changes",
    };
  }

  const hasErrors = (errors?.summary.length ?? 0) > 0;
  useEffect(() => onErrorsChange(hasErrors), [hasErrors, onErrorsChange]);
  return (
    <>
      <LeaveGuardNotice blocker={blocker} />
      <OtherTrusts kind="profile" trusts={pageTrust.otherTrusts} />
      {readOnly && (
        <Notice tone="info" title="You are reading this profile as a curator">
          <p className="ui-mb-0">
            Only the trust's administrators can change or publish it. You can read the draft, see
            its history and unpublish a version.
          </p>
        </Notice>
      )}
      <SummaryList
        rows={[
          {
            key: "Draft",
            value: draft
              ? savedLine(draft.version, draft.savedAt, draft.savedBy)
              : "No draft saved",
          },
          {
            key: "Published",
            value: trust.profile
              ? `Version ${trust.profile.number}, published ${formatDateTime(trust.profile.publishedAt)}`
              : "Not published yet",
          },
          { key: "The form shows", value: source },
        ]}
      />
      {conflict && (
        <ConflictNotice
          conflict={conflict}
          what="trust profile"
          onLoadNewer={() => void loadNewer()}
          loading={loadingNewer}
        />
      )}
      {message && (
        <Notice tone={message.tone} role={message.tone === "error" ? "alert" : "status"}>
          <p className="ui-mb-0">{message.text}</p>
        </Notice>
      )}
      <AttemptErrorSummary errors={errors} attempt={attempt} />

      <nav aria-label="On this page" className="admin-contents">
        <Heading level={2} size="s">
          On this page
        </Heading>
        <ul className="ui-list">
          {profileSections.map((section) => (
            <li key={section.id}>
              <TextLink href={`#${section.id}`}>{section.title}</TextLink>
            </li>
          ))}
          {draft && (
            <li>
              <TextLink href="#unpublished-changes">Unpublished changes</TextLink>
            </li>
          )}
          <li>
            <TextLink href="#history">History</TextLink>
          </li>
        </ul>
      </nav>

      <form
        noValidate
        onSubmit={(event) => void save(event)}
        aria-labelledby={formHeadingId}
        className="admin-profile-form"
      >
        <h2 id={formHeadingId} className="ui-visually-hidden">
          The profile
        </h2>
        <ProfileFields
          form={form}
          update={setForm}
          errors={errors?.fields ?? {}}
          readOnly={readOnly}
        />
        {!readOnly && (
          <div className="admin-save-bar">
            <p role="status" className="ui-body-s ui-mb-4">
              {saving ? "Saving…" : dirty ? "You have unsaved changes." : "All changes are saved."}
            </p>
            <ButtonGroup>
              <Button aria-disabled={saving || undefined}>{saveDraftLabel}</Button>
            </ButtonGroup>
          </div>
        )}
      </form>

      {draft && (
        <UnpublishedChanges
          what="profile"
          unit="field"
          editor="form"
          count={draft.unpublishedChanges.length}
          dirty={dirty}
          table={
            <ProfileChangesTable
              caption="Unpublished changes in the saved draft"
              changes={draft.unpublishedChanges}
              before="Published"
              after="Draft"
            />
          }
        />
      )}

      {!readOnly && (
        <PublishSection
          what="profile"
          state={publishState}
          summary={summary}
          onSummaryChange={setSummary}
          error={errors?.fields[changeSummaryId]}
          publishing={publishing}
          onPublish={() => void publish()}
        />
      )}

      <div id="history" tabIndex={-1}>
        <ProfileHistory trustId={trust.id} canUnpublish={pageTrust.canUnpublish} />
      </div>
    </>
  );
}
