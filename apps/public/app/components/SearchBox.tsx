import { TextInput } from "@atlas/ui";
import { MAX_QUERY_LENGTH, PARAM } from "../search/params.ts";

/** The search text box of both trust search forms. */
export function SearchBox({ defaultValue, id }: { defaultValue: string; id?: string }) {
  return (
    <TextInput
      name={PARAM.q}
      id={id ?? PARAM.q}
      type="search"
      label="Trust name, Group ID or Companies House number"
      hint="For example, Oak, TR01234 or 07654321"
      defaultValue={defaultValue}
      maxLength={MAX_QUERY_LENGTH}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
