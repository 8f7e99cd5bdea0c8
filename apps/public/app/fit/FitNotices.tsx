import { Breadcrumbs, Heading, Main, Notice, TextLink } from "@atlas/ui";

/** The school as the page names it. */
export interface FitSchool {
  urn: number;
  name: string;
}

export interface FitConflict {
  currentVersion: number;
  changedBy: string | null;
}

export const fitPath = (urn: number) => `/schools/${urn}/fit`;

export function Crumbs({ school }: { school: FitSchool }) {
  return (
    <Breadcrumbs
      items={[
        { href: "/", label: "Home" },
        { href: `/schools/${school.urn}`, label: school.name },
        { label: "Check fit" },
      ]}
    />
  );
}

export function NotAMember({ school }: { school: FitSchool }) {
  return (
    <>
      <Crumbs school={school} />
      <Main>
        <section aria-labelledby="forbidden-heading" className="ui-measure ui-stack">
          <Heading level={1} id="forbidden-heading">
            You cannot check this school's fit
          </Heading>
          <p className="ui-body">
            Only the school's members can check how well trusts fit {school.name}: its fit profile
            and scores are theirs alone.
          </p>
          <p className="ui-body">
            <TextLink href={`/schools/${school.urn}`}>Go back to {school.name}</TextLink>
          </p>
        </section>
      </Main>
    </>
  );
}

export function ConflictNotice({ conflict, urn }: { conflict: FitConflict; urn: number }) {
  const who = conflict.changedBy ?? "Another member";
  return (
    <Notice tone="warning" title="Someone else saved the profile in between" role="alert">
      <p>
        {who} saved the school's profile (version {conflict.currentVersion}) after you opened this
        page. Nothing you typed was saved, so their version is not lost.
      </p>
      <p>
        <TextLink href={fitPath(urn)}>Reload the page to see their version</TextLink>, then make
        your changes again.
      </p>
    </Notice>
  );
}
