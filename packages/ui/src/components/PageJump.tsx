import { useId } from "react";

export type PageJumpProps = {
  /** Where the list lives, e.g. `/trusts`. */
  action: string;
  /** The list's other address parameters (its search and filters), kept on the jump. */
  params: URLSearchParams;
  /** The page number shown now, the field's starting value. */
  page: number;
  totalPages: number;
  /** The address parameter holding the page number. Default `page`. */
  pageParam?: string;
};

/**
 * "Go to page [ 7 ] of 14": a GET form, so a long list can be crossed in one step with or
 * without JavaScript. The list's own parameters ride along as hidden fields.
 */
export function PageJump({ action, params, page, totalPages, pageParam = "page" }: PageJumpProps) {
  const id = useId();
  const kept = [...params].filter(([name]) => name !== pageParam);
  return (
    <form className="ui-page-jump" method="get" action={action}>
      {kept.map(([name, value], i) => (
        // Repeated names (region=a&region=b) are told apart by position, which the params fix.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <label className="ui-page-jump__label" htmlFor={id}>
        Go to page
      </label>
      <input
        className="ui-input ui-input--width-5"
        id={id}
        name={pageParam}
        type="number"
        inputMode="numeric"
        min={1}
        max={totalPages}
        defaultValue={page}
        required
      />
      <span className="ui-page-jump__label">
        of {new Intl.NumberFormat("en-GB").format(totalPages)}
      </span>
      <button className="ui-button ui-button--secondary ui-page-jump__button" type="submit">
        Go
      </button>
    </form>
  );
}
