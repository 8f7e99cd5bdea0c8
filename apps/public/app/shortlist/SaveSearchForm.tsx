import { savedSearchAlertFrequencies } from "@atlas/domain";
import { Button, RadioGroup, TextInput } from "@atlas/ui";
import { Form } from "react-router";
import { type TrustSearch, toSearchParams } from "../search/params.ts";
import { shortlistHref } from "./member-schools.ts";
import { INTENT } from "./shortlist-form.ts";

/**
 * "Save this search" for a school member: the whole search, under a name, kept with the
 * school's shortlist, where it shows how many trusts match and which are new.
 */
export function SaveSearchForm({ urn, search }: { urn: number; search: TrustSearch }) {
  return (
    <details className="save-search">
      <summary className="ui-body">Save this search</summary>
      <Form method="post" action={shortlistHref(urn)} className="ui-stack">
        <input type="hidden" name={INTENT} value="save-search" />
        <input type="hidden" name="search" value={toSearchParams(search).toString()} />
        <TextInput
          name="name"
          id="saved-search-name"
          label="Name for this search"
          hint="For example, Trusts within 15 km open to partnerships."
          maxLength={200}
          width={30}
          required
        />
        <RadioGroup
          name="alerts"
          legend="Email me when a trust starts to match"
          value="IMMEDIATE"
          options={savedSearchAlertFrequencies.entries.map((f) => ({
            value: f.key,
            label: f.label,
            hint: f.description,
          }))}
        />
        <Button type="submit" variant="secondary">
          Save search
        </Button>
      </Form>
    </details>
  );
}
