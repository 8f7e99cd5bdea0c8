import { Notice, TextLink } from "@atlas/ui";
import { publicSiteUrl } from "../config.ts";
import type { Organisation } from "../session/access.ts";

/** For someone signed in with no admin role, e.g. a school member: where to go instead. */
export function NoAdminRole({ schools }: { schools: readonly Organisation[] }) {
  const membership =
    schools.length > 0 ? ` as a member of ${schools.map((s) => s.name).join(", ")}` : "";
  return (
    <Notice tone="info" title="The admin app is for trusts and the sector body">
      <p>
        You are signed in{membership}, but you do not administer a trust or curate for the sector
        body, so there is nothing for you to do here.
      </p>
      <p>
        To find and compare trusts, use the{" "}
        <TextLink href={publicSiteUrl}>Trust Atlas public site</TextLink>.
      </p>
      <p className="ui-mb-0">
        If you should look after your trust's profile, ask one of its administrators to give you
        access.
      </p>
    </Notice>
  );
}
