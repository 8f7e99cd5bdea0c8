import { COLLECTION_ENTRIES_MAX, slugFromTitle } from "@atlas/domain";
import {
  Button,
  CheckboxGroup,
  Heading,
  Notice,
  Select,
  Textarea,
  TextInput,
  TextLink,
} from "@atlas/ui";
import { type FormEvent, useId, useState } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { publicSiteUrl } from "../config.ts";
import { AttemptErrorSummary, useFormErrors } from "../forms/form-attempts.tsx";
import { graphql } from "../gql/index.ts";
import { useSignedIn } from "../session/viewer.ts";
import {
  addEntry,
  type CollectionValues,
  checkCollection,
  saveAnswerOf,
} from "./collection-form.ts";
import { collectionHref, publicCollectionUrl } from "./collection-paths.ts";
import { EntriesList } from "./EntriesList.tsx";
import { TrustSearch } from "./TrustSearch.tsx";

const SaveCollectionMutation = graphql(`
  mutation SaveCollection($input: SaveCollectionInput!) {
    saveCollection(input: $input) {
      __typename
      ... on SaveCollectionPayload {
        collection {
          id
          title
          slug
          summary
          published
          updatedAt
          version
          entries {
            position
            note
            trust {
              id
              name
            }
          }
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on NotFoundError {
        message
        path
      }
      ... on CollectionSlugTakenError {
        message
      }
      ... on CollectionConflictError {
        message
        currentVersion
      }
    }
  }
`);

export interface SavedState {
  /** The collection's global id; null for one not saved yet. */
  id: string | null;
  version: number | null;
}

/** The state a page shows once: set by a save that moved from /collections/new to the editor. */
export interface SavedNavigationState {
  saved?: { published: boolean; slug: string };
}

/**
 * A curator writes a collection: its title, address, editorial text, whether it is published,
 * and its trusts in order with a note each. Saving sends all of it, from the version loaded.
 */
export function CollectionEditor({
  initial,
  saved: savedAtLoad,
  justSaved,
  onReload,
}: {
  initial: CollectionValues;
  saved: SavedState;
  justSaved?: SavedNavigationState["saved"];
  /** Reads the saved collection afresh (after a conflict), replacing the form. */
  onReload?: () => void;
}) {
  const formId = useId();
  const navigate = useNavigate();
  const [, save] = useMutation(SaveCollectionMutation);
  const [form, setForm] = useState<CollectionValues>(initial);
  const [saved, setSaved] = useState<SavedState>(savedAtLoad);
  // Until the curator types an address, it follows the title.
  const [slugTouched, setSlugTouched] = useState(initial.slug !== "");
  const { errors, attempt, show } = useFormErrors();
  const [conflict, setConflict] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(
    justSaved ? { tone: "success", text: savedText(justSaved) } : null,
  );
  const [sending, setSending] = useState(false);
  const { access } = useSignedIn();
  // A curator of several sector bodies says which one a new collection is for (also when the
  // API says so, though this page's copy of their roles knew only one).
  const chooseBody =
    saved.id === null &&
    (access.sectorBodies.length > 1 || errors?.fields.sectorBodyId !== undefined);
  const [bodyId, setBodyId] = useState("");

  const set = <K extends keyof CollectionValues>(key: K, value: CollectionValues[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setMessage(null);
    setConflict(null);
    const check = checkCollection(
      form,
      saved.id === null ? { curated: access.sectorBodies.map((b) => b.id), id: bodyId } : null,
    );
    if (!check.ok) {
      show(check.errors);
      return;
    }
    setSending(true);
    const result = await save({
      input: {
        ...check.input,
        ...(saved.id ? { id: saved.id, expectedVersion: saved.version } : {}),
      },
    });
    setSending(false);
    const answer = saveAnswerOf(form, result.data?.saveCollection);
    switch (answer.kind) {
      case "saved": {
        show(null);
        const done = { published: check.input.published, slug: check.input.slug };
        if (saved.id === null) {
          navigate(collectionHref(answer.id), {
            replace: true,
            state: { saved: done } satisfies SavedNavigationState,
          });
          return;
        }
        setSaved({ id: answer.id, version: answer.version });
        setMessage({ tone: "success", text: savedText(done) });
        return;
      }
      case "issues":
        show(answer.errors);
        return;
      case "conflict":
        show(null);
        setConflict(answer.text);
        return;
      case "error":
        show(null);
        setMessage({ tone: "error", text: answer.text });
        return;
    }
  }

  const fields = errors?.fields ?? {};
  const added = new Set(form.entries.map((e) => e.trustId));
  return (
    <>
      <AttemptErrorSummary errors={errors} attempt={attempt} />
      {message && (
        <Notice tone={message.tone} role={message.tone === "error" ? "alert" : "status"}>
          <p className="ui-mb-0">{message.text}</p>
          {message.tone === "success" && form.published && (
            <p className="ui-mb-0">
              <TextLink href={publicCollectionUrl(publicSiteUrl, form.slug)}>
                See it on the public site
              </TextLink>
            </p>
          )}
        </Notice>
      )}
      {conflict && <ConflictNotice text={conflict} onReload={onReload} />}
      <form id={formId} noValidate aria-label="Collection" onSubmit={(e) => void submit(e)}>
        {chooseBody && (
          <Select
            name="sectorBodyId"
            label="Sector body"
            hint="You curate for more than one: the collection is made for the one you choose, and stays with it."
            placeholder="Choose a sector body"
            options={access.sectorBodies.map((b) => ({ value: b.id, label: b.name }))}
            value={bodyId}
            onChange={(e) => setBodyId(e.currentTarget.value)}
            error={fields.sectorBodyId}
          />
        )}
        <TextInput
          name="title"
          label="Title"
          hint="What the collection is, e.g. “Trusts with special schools in the North West”."
          maxLength={120}
          value={form.title}
          onChange={(e) => {
            const title = e.currentTarget.value;
            setForm((f) => ({ ...f, title, slug: slugTouched ? f.slug : slugFromTitle(title) }));
          }}
          error={fields.title}
        />
        <TextInput
          name="slug"
          label="Address"
          hint="Where it is published: /collections/ followed by this. Lowercase letters, digits and hyphens."
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
          value={form.slug}
          onChange={(e) => {
            setSlugTouched(true);
            set("slug", e.currentTarget.value);
          }}
          error={fields.slug}
        />
        <Textarea
          name="summary"
          label="Editorial text"
          hint="What the collection is for and how the trusts were chosen. A blank line starts a new paragraph."
          rows={5}
          maxLength={2000}
          value={form.summary}
          onChange={(e) => set("summary", e.currentTarget.value)}
          error={fields.summary}
        />

        <section aria-labelledby={`${formId}-trusts`} className="admin-form-section" id="entries">
          <Heading level={2} size="m" id={`${formId}-trusts`}>
            Trusts, in order ({form.entries.length} of at most {COLLECTION_ENTRIES_MAX})
          </Heading>
          {fields.entries && (
            <p className="ui-error-message" id="entries-error">
              <span className="ui-visually-hidden">Error: </span>
              {fields.entries}
            </p>
          )}
          <p className="ui-body">
            The public reads them in this order. Move a trust with its buttons, or drag it by its
            handle (from the keyboard: Space to pick it up, the arrow keys, Space to drop it).
          </p>
          <EntriesList
            entries={form.entries}
            errors={fields}
            onChange={(entries) => set("entries", entries)}
          />
          <TrustSearch
            added={added}
            full={form.entries.length >= COLLECTION_ENTRIES_MAX}
            onAdd={(trust) => set("entries", addEntry(form.entries, trust))}
          />
        </section>

        <CheckboxGroup
          name="published"
          legend="Publishing"
          legendSize="s"
          options={[
            {
              value: "yes",
              label: "Published: show it on the public home page and at its address",
            },
          ]}
          values={form.published ? ["yes"] : []}
          onValuesChange={(v) => set("published", v.length > 0)}
          error={fields.published}
        />
        {conflict && <ConflictNotice text={conflict} onReload={onReload} compact />}
        <Button aria-disabled={sending || undefined}>
          {sending ? "Saving…" : "Save the collection"}
        </Button>
      </form>
    </>
  );
}

function savedText({ published, slug }: { published: boolean; slug: string }): string {
  return published
    ? `The collection is saved and published at /collections/${slug}.`
    : "The collection is saved as a draft: only curators see it.";
}

/** Another curator saved first: shown at the top and again by the Save button. */
function ConflictNotice({
  text,
  onReload,
  compact = false,
}: {
  text: string;
  onReload: (() => void) | undefined;
  compact?: boolean;
}) {
  return (
    <Notice
      tone="error"
      role={compact ? undefined : "alert"}
      title={compact ? undefined : "Someone else saved this collection"}
      headingLevel={2}
    >
      <p>{text}</p>
      {onReload && (
        <Button type="button" variant="secondary" onClick={onReload}>
          Reload the saved collection (your changes are lost)
        </Button>
      )}
    </Notice>
  );
}
