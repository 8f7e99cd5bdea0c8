import type { MapSchool, PageLinks } from "@atlas/ui";
import type { ReactNode } from "react";
import { RESULTS_HEADING_ID } from "../navigation/RouteFocus.tsx";
import { AtAGlance } from "./AtAGlance.tsx";
import { CentralServices } from "./CentralServices.tsx";
import { Faith, Geography } from "./FaithAndGeography.tsx";
import { Finance } from "./Finance.tsx";
import { Governance } from "./Governance.tsx";
import { Growth } from "./Growth.tsx";
import { QualityStatements } from "./QualityStatements.tsx";
import { RegisterDetails } from "./RegisterDetails.tsx";
import { SchemeOfDelegation } from "./SchemeOfDelegation.tsx";
import { type MapTiles, PupilsPerSchool, SchoolsMap } from "./SchoolPictures.tsx";
import { SchoolsList } from "./SchoolsList.tsx";
import { Section } from "./Section.tsx";
import type { SectionId, TrustPageSection } from "./sections.ts";
import { TrustWords } from "./TrustWords.tsx";
import type { TrustPageTrust } from "./types.ts";
import { VisionAndValues } from "./VisionAndValues.tsx";

export interface TrustSectionsProps {
  sections: readonly TrustPageSection[];
  trust: TrustPageTrust;
  pupils: number | null;
  mapSchools: readonly MapSchool[];
  mapTiles: MapTiles;
  links: PageLinks;
  /** "Page 2 of 3" when the schools fill more than one page. */
  pageSummary: string | undefined;
}

/** What one part of the page shows (null: nothing, so the part is left out). */
function bodyOf(id: SectionId, props: TrustSectionsProps): ReactNode {
  const { trust, pupils, pageSummary } = props;
  const { profile } = trust;
  const pageNote = pageSummary
    ? `The schools on this page of the list below (${pageSummary.toLowerCase()}).`
    : null;
  switch (id) {
    case "at-a-glance":
      return <AtAGlance trust={trust} pupils={pupils} />;
    case "vision-and-values":
      return profile && <VisionAndValues profile={profile} />;
    case "ethos":
      return profile && <TrustWords text={profile.ethos} />;
    case "quality":
      return profile && <QualityStatements profile={profile} />;
    case "faith":
      return profile?.faith && <Faith faith={profile.faith} />;
    case "geography":
      return profile?.geography && <Geography geography={profile.geography} />;
    case "growth":
      return profile?.growth && <Growth growth={profile.growth} />;
    case "school-improvement":
      return profile && <TrustWords text={profile.schoolImprovementOffer} />;
    case "central-services":
      return profile && <CentralServices services={profile.centralServices} />;
    case "finance":
      return profile?.finance && <Finance finance={profile.finance} />;
    case "governance":
      return profile?.governance && <Governance governance={profile.governance} />;
    case "scheme-of-delegation":
      return <SchemeOfDelegation scheme={trust.schemeOfDelegation} trustName={trust.name} />;
    case "map":
      return (
        <SchoolsMap
          trustName={trust.name}
          schools={props.mapSchools}
          tiles={props.mapTiles}
          pageNote={pageNote}
        />
      );
    case "pupils":
      return (
        <PupilsPerSchool trustName={trust.name} schools={trust.schools.nodes} pageNote={pageNote} />
      );
    case "schools":
      return <SchoolsList trust={trust} links={props.links} pageSummary={pageSummary} />;
    case "register":
      return <RegisterDetails trust={trust} pupils={pupils} />;
  }
}

/** The parts of a trust's page, in the order `trustPageSections` gives. */
export function TrustSections(props: TrustSectionsProps) {
  return (
    <>
      {props.sections.map(({ id, title }) => {
        const body = bodyOf(id, props);
        if (body === null || body === undefined || body === false) return null;
        // Paging the schools brings focus back to their heading (see RouteFocus).
        const results = id === "schools";
        return (
          <Section
            key={id}
            id={id}
            title={title}
            headingId={results ? RESULTS_HEADING_ID : undefined}
            headingTabIndex={results ? -1 : undefined}
          >
            {body}
          </Section>
        );
      })}
    </>
  );
}
