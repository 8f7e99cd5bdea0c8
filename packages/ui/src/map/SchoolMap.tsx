import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { cx } from "../internal/cx.ts";
import { type LinkComponent, useLinkComponent } from "../link.tsx";
import { DotMap } from "./DotMap.tsx";
import { type LeafletApi, mountLeafletMap } from "./leaflet-map.ts";
import { hasLocation, type MapSchool } from "./projection.ts";

export type { MapSchool } from "./projection.ts";

export type SchoolMapProps = {
  title: ReactNode;
  schools: readonly MapSchool[];
  /**
   * Tile URL template for the interactive map, e.g. "https://tiles.example/{z}/{x}/{y}.png"
   * (the app's setting; its host must be in the CSP's img-src). Without one the map has a plain
   * background.
   */
  tileUrl?: string | null;
  /** The tile provider's credit, as HTML; shown only with tiles. */
  tileAttribution?: string;
  /** Shown instead of the map and list when there are no schools. */
  emptyMessage?: ReactNode;
  className?: string;
  linkComponent?: LinkComponent;
};

// Leaflet 1.9 ships only a UMD build, which bundlers hand over either as the module itself or
// wrapped as its default export.
type LoadedLeaflet = LeafletApi & { default?: LeafletApi };

/**
 * A map of a trust's schools. The server renders a dot map (SVG, no JavaScript needed); in the
 * browser Leaflet replaces it with a map that pans and zooms. A list of every school, with a link
 * each when it has `href`, is always there, so the map is never the only way to the schools;
 * schools without coordinates are only in the list, marked "No location recorded".
 */
export function SchoolMap({
  title,
  schools,
  tileUrl,
  tileAttribution,
  emptyMessage = "No schools yet",
  className,
  linkComponent,
}: SchoolMapProps) {
  const Link = useLinkComponent(linkComponent);
  const titleId = useId();
  const mapNameId = useId();
  const container = useRef<HTMLElement>(null);
  const [interactive, setInteractive] = useState(false);
  const located = useMemo(() => schools.filter(hasLocation), [schools]);

  useEffect(() => {
    const element = container.current;
    if (element === null || located.length === 0) return;
    let cancelled = false;
    let map: { remove(): void } | undefined;
    // Leaflet touches `window` as it loads, so it is loaded here, in the browser, and never on
    // the server.
    import("leaflet")
      .then((loaded: LoadedLeaflet) => {
        const L = typeof loaded.map === "function" ? loaded : loaded.default;
        if (cancelled || L === undefined) return;
        // Leaflet measures its container as it starts, so it must be showing by then.
        element.hidden = false;
        map = mountLeafletMap(L, element, located, {
          tileUrl,
          tileAttribution,
          reducedMotion: window.matchMedia("(prefers-reduced-motion: reduce)").matches,
        });
        setInteractive(true);
      })
      .catch(() => {
        // The dot map stays: it shows the same schools.
        element.hidden = true;
        setInteractive(false);
      });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [located, tileUrl, tileAttribution]);

  return (
    <figure className={cx("ui-school-map", className)}>
      <figcaption id={titleId} className="ui-chart__caption">
        {title}
      </figcaption>
      {schools.length === 0 ? (
        <p className="ui-chart__empty">{emptyMessage}</p>
      ) : (
        <>
          {located.length > 0 && (
            <div className="ui-school-map__canvas">
              {!interactive && <DotMap schools={located} />}
              <span id={mapNameId} hidden>
                Interactive map:
              </span>
              <section
                ref={container}
                className="ui-school-map__leaflet"
                aria-labelledby={`${mapNameId} ${titleId}`}
                hidden={!interactive}
              />
            </div>
          )}
          <ul className="ui-school-map__list">
            {schools.map((school) => (
              <li key={school.id} className="ui-school-map__item">
                {school.href === undefined ? (
                  <span className="ui-school-map__name">{school.name}</span>
                ) : (
                  <Link className="ui-link ui-school-map__name" href={school.href}>
                    {school.name}
                  </Link>
                )}
                {school.detail !== undefined && (
                  <>
                    {" "}
                    <span className="ui-school-map__detail">{school.detail}</span>
                  </>
                )}
                {!hasLocation(school) && (
                  <>
                    {" "}
                    <span className="ui-school-map__no-location">No location recorded</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}
