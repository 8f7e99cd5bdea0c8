import {
  changeSummarySchema,
  type DecisionArea,
  type DelegationDecision,
  type DelegationTier,
  decisionAreas,
  delegationDecisions,
  delegationTiers,
  type GovernanceModel,
  governanceModels,
  localAutonomyIndex,
  modelScheme,
  type ResponsibilityLevel,
  responsibilityLevels,
  schemeOfDelegationInputSchema,
  schemeProblems,
} from "@atlas/domain";
import {
  Button,
  ButtonGroup,
  countOf,
  errorsFromIssues,
  type FieldIssueLike,
  Heading,
  Notice,
  Select,
  SummaryList,
} from "@atlas/ui";
import { type MouseEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import { useClient, useMutation, useQuery } from "urql";
import { AttemptErrorSummary, useFormErrors } from "../forms/form-attempts.tsx";
import { Page } from "../layout/Page.tsx";
import {
  ConflictNotice,
  savedLine,
  type VersionConflict,
} from "../trust-documents/ConflictNotice.tsx";
import { Disclosure } from "../trust-documents/Disclosure.tsx";
import { FieldError } from "../trust-documents/FieldsetGroup.tsx";
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
import { useFocusAfterRender } from "../trust-documents/useFocusAfterRender.ts";
import { formatDateTime } from "../trust-documents/when.ts";
import {
  PublishSchemeOfDelegationMutation,
  SaveSchemeOfDelegationDraftMutation,
  type SchemeEditorTrust,
  SchemeOfDelegationEditorQuery,
} from "./operations.ts";
import { cellName, percent, SchemeGridTable } from "./SchemeGridTable.tsx";
import { SchemeChangesTable, SchemeHistory } from "./SchemeHistory.tsx";
import { levelLabel } from "./scheme-changes.ts";
import { csvFileName, gridFromCsv, gridToCsv, maxCsvBytes } from "./scheme-csv.ts";
import {
  cellsOfGrid,
  emptyGrid,
  type Grid,
  gridCellIds,
  gridFromCells,
  gridKeyHelp,
  placeSchemeIssue,
  rowTargetId,
  sameGrid,
  withCell,
} from "./scheme-grid.ts";

const title = documentTitles.scheme;
export const saveSchemeLabel = "Save draft";

/** /scheme-of-delegation and /trusts/:trustId/scheme-of-delegation. */
export function SchemeOfDelegationPage() {
  const resolution = useTrustDocumentPage();
  if (resolution.kind !== "trust") {
    return <TrustDocumentRefusal kind="scheme" resolution={resolution} />;
  }
  return <SchemeLoader key={resolution.trustId} pageTrust={resolution} />;
}

function SchemeLoader({ pageTrust }: { pageTrust: PageTrust }) {
  const [result, reexecute] = useQuery({
    query: SchemeOfDelegationEditorQuery,
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
        <SchemeEditor trust={trust} pageTrust={pageTrust} onErrorsChange={setHasErrors} />
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

function startingPoint(trust: SchemeEditorTrust): { grid: Grid; version: number; source: string } {
  const draft = trust.schemeOfDelegationDraft;
  if (draft) {
    return {
      grid: gridFromCells(draft.cells),
      version: draft.version,
      source: `the saved draft (version ${draft.version})`,
    };
  }
  const published = trust.schemeOfDelegation;
  if (published) {
    return {
      grid: gridFromCells(published.cells),
      version: 0,
      source: `published version ${published.number}: there is no draft yet`,
    };
  }
  return {
    grid: emptyGrid(),
    version: 0,
    source: "an empty grid: nothing has been saved or published yet",
  };
}

/** The trust's own model (its profile says it), else the first. */
function defaultModel(trust: SchemeEditorTrust): GovernanceModel {
  return (
    trust.profileDraft?.governance?.localGovernanceModel ??
    trust.profile?.governance?.localGovernanceModel ??
    governanceModels.keys[0]
  );
}

type Message = { tone: "success" | "error"; text: string; undo?: Grid } | null;

const noConnection = "Check your connection and try again. Your grid is still as you left it.";

function SchemeEditor({
  trust,
  pageTrust,
  onErrorsChange,
}: {
  trust: SchemeEditorTrust;
  pageTrust: PageTrust;
  onErrorsChange: (hasErrors: boolean) => void;
}) {
  const client = useClient();
  const [, saveDraft] = useMutation(SaveSchemeOfDelegationDraftMutation);
  const [, publishScheme] = useMutation(PublishSchemeOfDelegationMutation);
  const readOnly = !pageTrust.canEdit;
  const focusSoon = useFocusAfterRender();

  const [start] = useState(() => startingPoint(trust));
  const [grid, setGrid] = useState(start.grid);
  const [saved, setSaved] = useState(start.grid);
  const [baseVersion, setBaseVersion] = useState(start.version);
  const [source, setSource] = useState(start.source);
  const { errors, attempt, show } = useFormErrors();
  const [conflict, setConflict] = useState<VersionConflict | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [saving, setSaving] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [loadingNewer, setLoadingNewer] = useState(false);
  const [summary, setSummary] = useState("");
  const [model, setModel] = useState<GovernanceModel>(() => defaultModel(trust));
  const [confirmingModel, setConfirmingModel] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [importProblems, setImportProblems] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const problemsHeading = useRef<HTMLHeadingElement>(null);
  const [blockedSave, setBlockedSave] = useState(0);
  const captionId = useId();
  const keysId = useId();

  const dirty = !readOnly && !sameGrid(grid, saved);
  const blocker = useLeaveGuard(dirty);
  const draft = trust.schemeOfDelegationDraft;
  const cells = cellsOfGrid(grid);
  const problems = schemeProblems(cells);
  const problemsByDecision = new Map<string, string[]>();
  for (const p of problems) {
    problemsByDecision.set(p.decision, [...(problemsByDecision.get(p.decision) ?? []), p.message]);
  }
  const autonomy = new Map<DecisionArea, number>(
    localAutonomyIndex(cells).map((a) => [a.area, a.index]),
  );

  useEffect(() => {
    if (blockedSave > 0) problemsHeading.current?.focus();
  }, [blockedSave]);

  function changeCell(
    decision: DelegationDecision,
    tier: DelegationTier,
    level: ResponsibilityLevel | null,
  ) {
    const next = withCell(grid, decision, tier, level);
    setGrid(next);
    const nextCells = cellsOfGrid(next);
    const area = delegationDecisions.area(decision);
    const index = localAutonomyIndex(nextCells).find((a) => a.area === area)?.index;
    const left = schemeProblems(nextCells).length;
    setAnnouncement(
      `${cellName(decision, tier)}: ${levelLabel(level)}. ${decisionAreas.label(area)}: local autonomy ${index === undefined ? "not known" : percent(index)}. ${left === 0 ? "No problems left." : `${countOf(left, "problem")} left.`}`,
    );
  }

  function replaceGrid(next: Grid, text: string) {
    const previous = grid;
    setGrid(next);
    setMessage({ tone: "success", text, undo: previous });
  }

  function showIssues(issues: readonly FieldIssueLike[], sent: ReturnType<typeof cellsOfGrid>) {
    const placed = issues.map((issue) =>
      issue.path.includes("changeSummary")
        ? { path: [changeSummaryId], message: issue.message }
        : placeSchemeIssue(issue, sent),
    );
    show(errorsFromIssues([...gridCellIds, changeSummaryId], placed));
  }

  async function save() {
    if (readOnly || saving) return;
    setMessage(null);
    if (problems.length > 0) {
      show(null);
      setBlockedSave((n) => n + 1);
      return;
    }
    const sent = cells.filter((cell) => cell.level !== null);
    const parsed = schemeOfDelegationInputSchema.safeParse(sent);
    if (!parsed.success) {
      showIssues(parsed.error.issues, sent);
      return;
    }
    const sentGrid = grid;
    setSaving(true);
    const result = await saveDraft({
      input: {
        trustId: trust.id,
        expectedVersion: baseVersion,
        cells: sent.map(({ decision, tier, level }) => ({ decision, tier, level })),
      },
    });
    setSaving(false);
    const outcome = result.data?.saveSchemeOfDelegationDraft;
    if (!outcome) {
      setMessage({ tone: "error", text: `The draft could not be saved. ${noConnection}` });
      return;
    }
    switch (outcome.__typename) {
      case "SaveSchemeOfDelegationDraftPayload": {
        const version = outcome.trust.schemeOfDelegationDraft?.version ?? baseVersion + 1;
        setSaved(sentGrid);
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
        showIssues(outcome.issues, sent);
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
      .query(SchemeOfDelegationEditorQuery, { id: trust.id }, { requestPolicy: "network-only" })
      .toPromise();
    setLoadingNewer(false);
    const fresh = result.data?.trust;
    if (!fresh) {
      setMessage({ tone: "error", text: `The newer draft could not be loaded. ${noConnection}` });
      return;
    }
    const next = startingPoint(fresh);
    setGrid(next.grid);
    setSaved(next.grid);
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
        [],
      );
      return;
    }
    setPublishing(true);
    const result = await publishScheme({
      input: { trustId: trust.id, expectedVersion: baseVersion, changeSummary: parsed.data },
    });
    setPublishing(false);
    const outcome = result.data?.publishSchemeOfDelegation;
    if (!outcome) {
      setMessage({ tone: "error", text: `The scheme could not be published. ${noConnection}` });
      return;
    }
    switch (outcome.__typename) {
      case "PublishSchemeOfDelegationPayload":
        setSummary("");
        show(null);
        setConflict(null);
        setMessage({
          tone: "success",
          text: publishedMessage(outcome.version),
        });
        return;
      case "ValidationError":
        showIssues(outcome.issues, []);
        return;
      case "VersionConflictError":
        setConflict(outcome);
        return;
      case "NothingToPublishError":
        showIssues([{ path: [changeSummaryId], message: outcome.message }], []);
        return;
    }
  }

  function exportCsv() {
    const blob = new Blob([gridToCsv(grid)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = csvFileName(trust.name);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function importCsv() {
    setMessage(null);
    if (!file) {
      setImportProblems(["Choose a CSV file to import."]);
      focusSoon("scheme-csv-file");
      return;
    }
    if (file.size > maxCsvBytes) {
      setImportProblems([
        `${file.name} is too large for a scheme of delegation (at most 1 MB). Choose the CSV file of the grid.`,
      ]);
      focusSoon("scheme-csv-file");
      return;
    }
    const reading = gridFromCsv(await file.text());
    if (!reading.ok) {
      setImportProblems(reading.problems);
      focusSoon("scheme-csv-file");
      return;
    }
    setImportProblems([]);
    const missing = reading.missingDecisions.length;
    replaceGrid(
      reading.grid,
      `The grid is filled from ${file.name}${missing > 0 ? `; ${countOf(missing, "decision")} not in the file ${missing === 1 ? "is" : "are"} left empty` : ""}. Nothing is saved until you save the draft.`,
    );
  }

  function fillFromModel() {
    setConfirmingModel(false);
    replaceGrid(
      gridFromCells(modelScheme(model)),
      `The grid now holds the model for ${governanceModels.label(model)}. Change what is different in your trust, then save the draft.`,
    );
    focusSoon("scheme-message");
  }

  let publishState: PublishState;
  if (baseVersion === 0 || !draft) publishState = { kind: "no-draft" };
  else if (dirty) publishState = { kind: "unsaved" };
  else if (draft.unpublishedChanges.length === 0) {
    publishState = { kind: "nothing", publishedNumber: trust.schemeOfDelegation?.number ?? null };
  } else {
    publishState = {
      kind: "ready",
      changeCount: draft.unpublishedChanges.length,
      changeWord: draft.unpublishedChanges.length === 1 ? "changed cell" : "changed cells",
    };
  }

  const hasErrors = (errors?.summary.length ?? 0) > 0;
  useEffect(() => onErrorsChange(hasErrors), [hasErrors, onErrorsChange]);
  const importErrorId = importProblems.length > 0 ? "scheme-csv-file-error" : undefined;
  const undo = message?.undo;
  return (
    <>
      <LeaveGuardNotice blocker={blocker} />
      <OtherTrusts kind="scheme" trusts={pageTrust.otherTrusts} />
      {readOnly && (
        <Notice tone="info" title="You are reading this scheme as a curator">
          <p className="ui-mb-0">
            Only the trust's administrators can change or publish it. You can read the draft,
            download it, see its history and unpublish a version.
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
            value: trust.schemeOfDelegation
              ? `Version ${trust.schemeOfDelegation.number}, published ${formatDateTime(trust.schemeOfDelegation.publishedAt)}`
              : "Not published yet",
          },
          { key: "The grid shows", value: source },
        ]}
      />
      {conflict && (
        <ConflictNotice
          conflict={conflict}
          what="scheme of delegation"
          onLoadNewer={() => void loadNewer()}
          loading={loadingNewer}
        />
      )}
      <div id="scheme-message" tabIndex={-1}>
        {message && (
          <Notice tone={message.tone} role={message.tone === "error" ? "alert" : "status"}>
            <p className={undo ? undefined : "ui-mb-0"}>{message.text}</p>
            {undo && (
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  setGrid(undo);
                  setMessage({ tone: "success", text: "The grid is back as it was." });
                }}
              >
                Undo
              </Button>
            )}
          </Notice>
        )}
      </div>
      <AttemptErrorSummary errors={errors} attempt={attempt} />

      {!readOnly && (
        <section aria-labelledby="scheme-model-heading" className="admin-panel">
          <Heading level={2} id="scheme-model-heading">
            Start from a model
          </Heading>
          <p>
            Fill the grid with a template for a governance model, then change what is different in
            your trust. It is a starting point, not a claim about any trust's scheme.
          </p>
          <Select
            name="scheme-model"
            label="Start from the model for"
            hint={
              trust.profileDraft?.governance || trust.profile?.governance
                ? "Your trust profile's local governance model is chosen to begin with."
                : undefined
            }
            options={governanceModels.entries.map((e) => ({ value: e.key, label: e.label }))}
            value={model}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (governanceModels.has(value)) setModel(value);
            }}
          />
          {confirmingModel ? (
            <div id="scheme-model-confirm" tabIndex={-1} className="admin-confirm">
              <Notice tone="warning" title="Replace the whole grid?" headingLevel={3}>
                <p>
                  Every cell of the grid will be replaced with the model for{" "}
                  {governanceModels.label(model)}. You can undo this, and nothing is saved until you
                  save the draft.
                </p>
                <ButtonGroup>
                  <Button type="button" variant="warning" onClick={fillFromModel}>
                    Yes, fill the grid from the model
                  </Button>
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => {
                      setConfirmingModel(false);
                      focusSoon("scheme-model-fill");
                    }}
                  >
                    Cancel
                  </Button>
                </ButtonGroup>
              </Notice>
            </div>
          ) : (
            <Button
              type="button"
              variant="secondary"
              id="scheme-model-fill"
              onClick={() => {
                setConfirmingModel(true);
                focusSoon("scheme-model-confirm");
              }}
            >
              Fill the grid from the model
            </Button>
          )}
        </section>
      )}

      <section aria-labelledby="scheme-csv-heading" className="admin-panel">
        <Heading level={2} id="scheme-csv-heading">
          {readOnly ? "Export" : "Export and import"}
        </Heading>
        <p>
          Download the grid as a CSV file to work on it in a spreadsheet
          {readOnly
            ? "."
            : ", then import it back. Importing fills the grid; nothing is saved until you save the draft."}
        </p>
        <Button type="button" variant="secondary" onClick={exportCsv}>
          Download the grid as CSV
        </Button>
        {!readOnly && (
          <form
            noValidate
            aria-labelledby="scheme-csv-heading"
            onSubmit={(event) => {
              event.preventDefault();
              void importCsv();
            }}
          >
            <div className={importErrorId ? "ui-form-group ui-form-group--error" : "ui-form-group"}>
              <label className="ui-label" htmlFor="scheme-csv-file">
                CSV file to import
              </label>
              <div id="scheme-csv-file-hint" className="ui-hint">
                One row per decision: the columns decision, label and area, then one for each tier (
                {delegationTiers.keys.join(", ")}) holding {responsibilityLevels.keys.join(", ")} or
                nothing. Download the grid to see the format.
              </div>
              {importErrorId && (
                <FieldError id={importErrorId}>
                  The file could not be imported.{" "}
                  {importProblems.length === 1 ? importProblems[0] : null}
                </FieldError>
              )}
              {importProblems.length > 1 && (
                <ul className="ui-list ui-list--bullet admin-import-problems">
                  {importProblems.slice(0, 20).map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                  {importProblems.length > 20 && (
                    <li>and {countOf(importProblems.length - 20, "more problem")}.</li>
                  )}
                </ul>
              )}
              <input
                type="file"
                id="scheme-csv-file"
                name="scheme-csv-file"
                accept=".csv,text/csv"
                className="ui-file-upload"
                aria-describedby={["scheme-csv-file-hint", importErrorId].filter(Boolean).join(" ")}
                aria-invalid={importErrorId ? true : undefined}
                onChange={(event) => {
                  setFile(event.currentTarget.files?.[0] ?? null);
                  setImportProblems([]);
                }}
              />
            </div>
            <Button variant="secondary">Import the file</Button>
          </form>
        )}
      </section>

      <section aria-labelledby="scheme-grid-heading" className="admin-panel">
        <Heading level={2} id="scheme-grid-heading">
          Who decides what
        </Heading>
        <p>
          For each decision, choose what each tier does: one tier decides, others may recommend, be
          consulted or be informed. Members' reserved matters must be decided by the members. Each
          area's local autonomy is the share of its decisions made by the local governing body or
          the headteacher.
        </p>
        {!readOnly && (
          <div className="admin-keys" id={keysId}>
            <Heading level={3} size="s">
              Using the grid with a keyboard
            </Heading>
            <dl className="admin-keys__list">
              {gridKeyHelp.map((help) => (
                <div key={help.keys} className="admin-keys__item">
                  <dt>{help.keys}</dt>
                  <dd>{help.does}</dd>
                </div>
              ))}
            </dl>
          </div>
        )}
        <Disclosure summary="What the levels and tiers mean">
          <dl className="admin-keys__list">
            {responsibilityLevels.entries.map((e) => (
              <div key={e.key} className="admin-keys__item">
                <dt>{e.label}</dt>
                <dd>{e.description}</dd>
              </div>
            ))}
            {delegationTiers.entries.map((e) => (
              <div key={e.key} className="admin-keys__item">
                <dt>{e.label}</dt>
                <dd>{e.description}</dd>
              </div>
            ))}
          </dl>
        </Disclosure>

        {!readOnly && (
          <ProblemList
            problems={problems}
            headingRef={problemsHeading}
            attempted={blockedSave > 0}
          />
        )}
        <p role="status" className="ui-visually-hidden">
          {announcement}
        </p>
        <p id={captionId} className="ui-body-s ui-text-secondary admin-grid-caption">
          The scheme of delegation: decisions (rows, by area) and tiers (columns).
        </p>
        <SchemeGridTable
          grid={grid}
          onChange={changeCell}
          readOnly={readOnly}
          problems={problemsByDecision}
          autonomy={autonomy}
          captionId={captionId}
        />
        {!readOnly && (
          <form
            noValidate
            aria-label="Save the scheme"
            className="admin-save-bar"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <p role="status" className="ui-body-s ui-mb-4">
              {saving ? "Saving…" : dirty ? "You have unsaved changes." : "All changes are saved."}
            </p>
            <Button aria-disabled={saving || undefined}>{saveSchemeLabel}</Button>
          </form>
        )}
      </section>

      {draft && (
        <UnpublishedChanges
          what="scheme"
          unit="cell"
          editor="grid"
          count={draft.unpublishedChanges.length}
          dirty={dirty}
          table={
            <SchemeChangesTable
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
          what="scheme of delegation"
          state={publishState}
          summary={summary}
          onSummaryChange={setSummary}
          error={errors?.fields[changeSummaryId]}
          publishing={publishing}
          onPublish={() => void publish()}
        />
      )}

      <div id="history" tabIndex={-1}>
        <SchemeHistory trustId={trust.id} canUnpublish={pageTrust.canUnpublish} />
      </div>
    </>
  );
}

/** Moves focus to a cell a problem links to, as @atlas/ui's error summary does for fields. */
function focusCell(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.getAttribute("href")?.slice(1) ?? "";
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.closest("tr")?.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}

/**
 * The rules' problems, live as the grid changes: each links to its decision's first cell. Not an
 * alert (it changes with every cell); a refused save moves focus to it.
 */
function ProblemList({
  problems,
  headingRef,
  attempted,
}: {
  problems: readonly { decision: string; message: string }[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  attempted: boolean;
}) {
  const headingId = useId();
  if (problems.length === 0) {
    return (
      <p className="admin-grid-ok">
        Every decision has one tier deciding it, and the members decide their reserved matters: the
        scheme can be saved.
      </p>
    );
  }
  return (
    <section className="ui-error-summary admin-problems" aria-labelledby={headingId}>
      <h3 className="ui-error-summary__title" id={headingId} ref={headingRef} tabIndex={-1}>
        {countOf(problems.length, "problem")} to fix before you can save
      </h3>
      <div className="ui-error-summary__body">
        {attempted && <p>The draft was not saved: fix these first.</p>}
        <Disclosure
          initiallyOpen={problems.length <= 8}
          summary={`Show the ${countOf(problems.length, "problem")}`}
        >
          <ul className="ui-error-summary__list">
            {problems.map((problem) => (
              <li key={`${problem.decision}:${problem.message}`}>
                <a href={`#${rowTargetId(problem.decision)}`} onClick={focusCell}>
                  {problem.message}
                </a>
              </li>
            ))}
          </ul>
        </Disclosure>
      </div>
    </section>
  );
}
