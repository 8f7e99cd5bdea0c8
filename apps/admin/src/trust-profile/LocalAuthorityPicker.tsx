import { localAuthoritiesIn, localAuthorityList, type Region, regions } from "@atlas/domain";
import { Button, CheckboxGroup, TextInput } from "@atlas/ui";
import { useState } from "react";
import { FieldsetGroup } from "../trust-documents/FieldsetGroup.tsx";

const byCode = new Map(localAuthorityList.map((la) => [la.code, la]));

/** The chosen codes in the register's order (by region, then code). */
function inListOrder(codes: Iterable<string>): string[] {
  const chosen = new Set(codes);
  return localAuthorityList.filter((la) => chosen.has(la.code)).map((la) => la.code);
}

/** Local authorities whose name (or code) contains the text, ignoring case and punctuation. */
export function findLocalAuthorities(text: string) {
  const wanted = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (wanted === "") return [];
  return localAuthorityList.filter(
    (la) =>
      la.code.startsWith(wanted) ||
      la.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .includes(wanted),
  );
}

/**
 * England's 153 local authorities as native checkboxes: grouped by region, each region a
 * details element (open the ones you need; its summary says how many are chosen; a closed one
 * renders no checkboxes), or found by name with the search box, which lists the matches instead. Everything is a real control, so
 * it works with a keyboard and a screen reader as any form does.
 */
export function LocalAuthorityPicker({
  id,
  selected,
  onChange,
  readOnly,
  error,
}: {
  /** The search box's id: what an error links to. */
  id: string;
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  readOnly: boolean;
  error?: string | undefined;
}) {
  const [find, setFind] = useState("");
  // Regions with a choice start open, so what is chosen shows.
  const [open, setOpen] = useState<ReadonlySet<Region>>(
    () =>
      new Set(
        selected.flatMap((code) => {
          const region = byCode.get(code)?.region;
          return region ? [region] : [];
        }),
      ),
  );
  const chosen = new Set(selected);
  const matches = findLocalAuthorities(find);

  const replaceIn = (codes: readonly string[], within: readonly string[]) => {
    const scope = new Set(codes);
    onChange(inListOrder([...selected.filter((c) => !scope.has(c)), ...within]));
  };
  const toggleRegion = (region: Region, isOpen: boolean) => {
    setOpen((current) => {
      const next = new Set(current);
      if (isOpen) next.add(region);
      else next.delete(region);
      return next;
    });
  };
  const names = inListOrder(selected).map((code) => byCode.get(code)?.name ?? code);

  return (
    <FieldsetGroup
      id={`${id}-group`}
      legend="Local authorities the trust serves"
      hint="Open a region to choose its local authorities, or find one by name."
      error={error}
    >
      <TextInput
        name={id}
        type="search"
        label="Find a local authority"
        hint="Type part of its name or its 3-digit code, for example Leeds or 383"
        value={find}
        onChange={(event) => setFind(event.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
        width={20}
      />
      {find.trim() !== "" ? (
        matches.length === 0 ? (
          <p role="status">No local authority matches “{find.trim()}”.</p>
        ) : (
          <CheckboxGroup
            name="geography-localAuthority"
            idPrefix={`${id}-found`}
            legend={`Local authorities matching “${find.trim()}”`}
            legendSize="s"
            small
            options={matches.map((la) => ({
              value: la.code,
              label: la.name,
              hint: regions.label(la.region),
              disabled: readOnly,
            }))}
            values={matches.filter((la) => chosen.has(la.code)).map((la) => la.code)}
            onValuesChange={(codes) =>
              replaceIn(
                matches.map((la) => la.code),
                codes,
              )
            }
          />
        )
      ) : (
        <div className="admin-la-regions">
          {regions.entries.map(({ key: region, label }) => {
            const authorities = localAuthoritiesIn(region);
            const codes = authorities.map((la) => la.code);
            const count = codes.filter((c) => chosen.has(c)).length;
            return (
              <details
                key={region}
                className="admin-details"
                open={open.has(region)}
                onToggle={(event) => toggleRegion(region, event.currentTarget.open)}
              >
                <summary className="admin-details__summary">
                  {label}{" "}
                  <span className="ui-text-secondary">
                    ({count} of {authorities.length} chosen)
                  </span>
                </summary>
                {open.has(region) && (
                  <div className="admin-details__body">
                    <CheckboxGroup
                      name="geography-localAuthority"
                      idPrefix={`${id}-${region}`}
                      legend={`Local authorities in ${label}`}
                      legendSize="s"
                      small
                      className="admin-la-list"
                      options={authorities.map((la) => ({
                        value: la.code,
                        label: la.name,
                        disabled: readOnly,
                      }))}
                      values={codes.filter((c) => chosen.has(c))}
                      onValuesChange={(within) => replaceIn(codes, within)}
                    />
                    {!readOnly && (
                      <Button
                        type="button"
                        variant="secondary"
                        onClick={() => replaceIn(codes, count === codes.length ? [] : codes)}
                      >
                        {count === codes.length
                          ? `Clear every local authority in ${label}`
                          : `Choose every local authority in ${label}`}
                      </Button>
                    )}
                  </div>
                )}
              </details>
            );
          })}
        </div>
      )}
      <p aria-live="polite">
        {names.length === 0
          ? "No local authority chosen."
          : `${names.length} chosen: ${names.join(", ")}.`}
      </p>
      {!readOnly && names.length > 0 && (
        <Button type="button" variant="secondary" onClick={() => onChange([])}>
          Clear every local authority
        </Button>
      )}
    </FieldsetGroup>
  );
}
