import type { ChangeEvent, ReactNode } from "react";
import { cx, hasContent } from "./cx.ts";
import { ErrorMessage, fieldIds, Hint } from "./field.tsx";

export type ChoiceOption = {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
};

export type ChoiceGroupCommonProps = {
  /** Form field name shared by every option. */
  name: string;
  /** The question, rendered as the fieldset's `<legend>`. */
  legend: ReactNode;
  legendSize?: "l" | "m" | "s";
  options: readonly ChoiceOption[];
  hint?: ReactNode;
  error?: ReactNode;
  /**
   * Id of the first option's input (later ones get `-2`, `-3`…), so an ErrorSummary can
   * link to `#idPrefix`. Defaults to `name`.
   */
  idPrefix?: string;
  /** Smaller controls, for filter panels. */
  small?: boolean;
  /** Lay options out in a row (only for a few short options). */
  inline?: boolean;
  className?: string;
};

type ChoiceGroupProps = ChoiceGroupCommonProps & {
  type: "checkbox" | "radio";
  isChecked: (value: string) => boolean;
  /** When set, inputs are controlled (`checked` + onChange); otherwise `defaultChecked`. */
  onToggle?:
    | ((value: string, checked: boolean, event: ChangeEvent<HTMLInputElement>) => void)
    | undefined;
};

export function ChoiceGroup({
  type,
  name,
  legend,
  legendSize = "m",
  options,
  hint,
  error,
  idPrefix = name,
  small = false,
  inline = false,
  className,
  isChecked,
  onToggle,
}: ChoiceGroupProps) {
  const ids = fieldIds(idPrefix, { hint, error });
  const block = type === "checkbox" ? "ui-checkboxes" : "ui-radios";
  return (
    <div className={cx("ui-form-group", ids.invalid && "ui-form-group--error", className)}>
      <fieldset className="ui-fieldset" aria-describedby={ids.describedBy}>
        <legend className={cx("ui-fieldset__legend", `ui-fieldset__legend--${legendSize}`)}>
          {legend}
        </legend>
        <Hint id={ids.hintId}>{hint}</Hint>
        <ErrorMessage id={ids.errorId}>{error}</ErrorMessage>
        <div
          className={cx(
            block,
            "ui-choices",
            small && "ui-choices--small",
            inline && "ui-choices--inline",
          )}
        >
          {options.map((option, index) => {
            const itemId = index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
            // Not `${itemId}-hint`: the first option's id is the prefix, whose `-hint` is the
            // group's own hint.
            const itemHintId = hasContent(option.hint) ? `${itemId}-item-hint` : undefined;
            const checked = isChecked(option.value);
            return (
              <div className="ui-choice" key={option.value}>
                <input
                  className="ui-choice__input"
                  id={itemId}
                  name={name}
                  type={type}
                  value={option.value}
                  disabled={option.disabled}
                  aria-describedby={itemHintId}
                  {...(onToggle
                    ? {
                        checked,
                        onChange: (event: ChangeEvent<HTMLInputElement>) =>
                          onToggle(option.value, event.currentTarget.checked, event),
                      }
                    : { defaultChecked: checked })}
                />
                <label className="ui-choice__label" htmlFor={itemId}>
                  {option.label}
                </label>
                {itemHintId !== undefined && (
                  <div id={itemHintId} className="ui-hint ui-choice__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
