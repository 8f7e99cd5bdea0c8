import { Button, Notice } from "@atlas/ui";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { formatDateTime } from "../trust-documents/when.ts";
import { SetModerationSettingsMutation } from "./operations.ts";

interface Settings {
  approvalRequired: boolean;
  updatedAt?: string | null;
  updatedBy?: string | null;
}

/** The one setting: whether new versions wait for a curator before the public sees them. */
export function ModerationSettingsForm({ settings }: { settings: Settings }) {
  const [, save] = useMutation(SetModerationSettingsMutation);
  const [required, setRequired] = useState(settings.approvalRequired);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    const result = await save({ input: { approvalRequired: required } });
    setSending(false);
    const outcome = result.data?.setModerationSettings;
    setMessage(
      outcome?.__typename === "ModerationSettingsPayload"
        ? {
            tone: "success",
            text: outcome.settings.approvalRequired
              ? "Saved. From now on a new profile or scheme version waits for a curator's approval."
              : "Saved. From now on a new version is public at once, and moderated after.",
          }
        : {
            tone: "error",
            text: "The setting could not be saved. Check your connection and try again.",
          },
    );
  }

  return (
    <form onSubmit={submit} className="admin-moderation-settings">
      <div className="ui-form-group">
        <div className="ui-checkboxes ui-choices ui-choices--small">
          <div className="ui-choice">
            <input
              className="ui-choice__input"
              type="checkbox"
              id="approval-required"
              name="approvalRequired"
              checked={required}
              onChange={(event) => setRequired(event.currentTarget.checked)}
              aria-describedby="approval-required-hint"
            />
            <label className="ui-choice__label" htmlFor="approval-required">
              Require a curator's approval before a new profile or scheme is public
            </label>
            <div className="ui-hint ui-choice__hint" id="approval-required-hint">
              Off: trusts' new versions go live at once and wait here to be checked after.
              {settings.updatedAt
                ? ` Last changed ${formatDateTime(settings.updatedAt)}${settings.updatedBy ? ` by ${settings.updatedBy}` : ""}.`
                : ""}
            </div>
          </div>
        </div>
      </div>
      <Button type="submit" variant="secondary" aria-disabled={sending || undefined}>
        {sending ? "Saving…" : "Save setting"}
      </Button>
      <div role="status">
        {message && (
          <Notice tone={message.tone} headingLevel={3}>
            <p className="ui-mb-0">{message.text}</p>
          </Notice>
        )}
      </div>
    </form>
  );
}
