import { Notice, TextLink } from "@atlas/ui";
import { Page } from "../layout/Page.tsx";
import { canUse } from "../session/access.ts";
import { useSignedIn } from "../session/viewer.ts";
import type { PlannedArea } from "./areas.ts";

const audienceName = {
  "trust-admins": "trust administrators",
  curators: "sector body curators",
} as const;

/** A real route for an area still to be built: what it is for and what it will let you do. */
export function PlannedAreaPage({ area }: { area: PlannedArea }) {
  const { access } = useSignedIn();
  if (!canUse(access, area.audience)) {
    return (
      <Page title={area.title}>
        <Notice tone="warning" title="You cannot use this area">
          <p>
            {area.title} is for {audienceName[area.audience]}, and you are not one.
          </p>
          <p className="ui-mb-0">
            <TextLink href="/">Go to your dashboard</TextLink>
          </p>
        </Notice>
      </Page>
    );
  }
  return (
    <Page title={area.title}>
      <p className="ui-body-l">{area.summary}</p>
      <Notice tone="info" title="Coming next">
        <p>This part of the admin is being built. It will let you:</p>
        <ul className="ui-list ui-list--bullet">
          {area.plans.map((plan) => (
            <li key={plan}>{plan}</li>
          ))}
        </ul>
      </Notice>
    </Page>
  );
}
