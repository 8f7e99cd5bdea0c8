import type * as Leaflet from "leaflet";
import { referencePlaces } from "./places.ts";
import { type LocatedSchool, schoolTitle } from "./projection.ts";

/** The parts of Leaflet the school map uses. */
export type LeafletApi = Pick<
  typeof Leaflet,
  "map" | "circleMarker" | "tileLayer" | "latLngBounds"
>;

export type LeafletMapOptions = {
  /** A tile URL template; null, undefined or blank for a plain background. */
  tileUrl?: string | null;
  /** HTML: Leaflet sets it as markup, so it must come from the app, never from data. */
  tileAttribution?: string;
  reducedMotion?: boolean;
};

const svgNamespace = "http://www.w3.org/2000/svg";

function popupContent(doc: Document, school: LocatedSchool): HTMLElement {
  // Built as elements, not an HTML string, because Leaflet would set a string as markup.
  const content = doc.createElement("div");
  content.className = "ui-school-map__popup";
  const name = doc.createElement("p");
  name.className = "ui-school-map__popup-name";
  if (school.href === undefined) {
    name.textContent = school.name;
  } else {
    const link = doc.createElement("a");
    link.className = "ui-link";
    link.href = school.href;
    link.textContent = school.name;
    name.append(link);
  }
  content.append(name);
  if (school.detail !== undefined) {
    const detail = doc.createElement("p");
    detail.className = "ui-school-map__popup-detail";
    detail.textContent = school.detail;
    content.append(detail);
  }
  return content;
}

/**
 * Mounts a Leaflet map of the schools (at least one) into `container`: a circle marker each (no
 * image icons), fitted to them, over tiles when there is a tile URL and otherwise on a plain
 * background with a few named places. Returns the map, to `remove()` on unmount.
 */
export function mountLeafletMap(
  L: LeafletApi,
  container: HTMLElement,
  schools: readonly LocatedSchool[],
  { tileUrl, tileAttribution, reducedMotion = false }: LeafletMapOptions = {},
): Leaflet.Map {
  const url = typeof tileUrl === "string" ? tileUrl.trim() : "";
  const doc = container.ownerDocument;
  const map = L.map(container, {
    // The map sits in a page people scroll: the wheel scrolls the page, not the map.
    scrollWheelZoom: false,
    zoomAnimation: !reducedMotion,
    fadeAnimation: !reducedMotion,
    markerZoomAnimation: !reducedMotion,
    // On a plain background there is nothing to gain from zooming in past a town.
    maxZoom: url === "" ? 12 : 18,
  });
  if (url !== "") {
    L.tileLayer(url, { attribution: tileAttribution }).addTo(map);
  }
  // The view comes first: Leaflet draws a layer only once the map has one.
  map.fitBounds(L.latLngBounds(schools.map((school) => [school.latitude, school.longitude])), {
    padding: [32, 32],
    maxZoom: 12,
    animate: false,
  });
  if (url === "") {
    // Without tiles, the same few named places as the dot map, to read the schools against.
    for (const place of referencePlaces) {
      const label = doc.createElement("span");
      label.textContent = place.name;
      L.circleMarker([place.latitude, place.longitude], {
        className: "ui-school-map__place",
        radius: 3,
        interactive: false,
      })
        .bindTooltip(label, {
          permanent: true,
          direction: place.anchor === "start" ? "right" : "left",
          className: "ui-school-map__place-label",
        })
        .addTo(map);
    }
  }
  for (const school of schools) {
    const marker = L.circleMarker([school.latitude, school.longitude], {
      className: "ui-school-map__marker",
      radius: 7,
      weight: 2,
    })
      .bindPopup(() => popupContent(doc, school))
      .addTo(map);
    const path = marker.getElement();
    if (path !== undefined) {
      const title = doc.createElementNS(svgNamespace, "title");
      title.textContent = schoolTitle(school);
      path.append(title);
    }
  }
  return map;
}
