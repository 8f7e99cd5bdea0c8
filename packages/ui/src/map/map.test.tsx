import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { find, findAll, idList, render, text } from "../test-utils.ts";
import { type LeafletApi, mountLeafletMap } from "./leaflet-map.ts";
import { dotMapSize, englandBounds, hasLocation, type MapSchool, project } from "./projection.ts";
import { SchoolMap } from "./SchoolMap.tsx";

const schools: MapSchool[] = [
  {
    id: "oak",
    name: "Oak Primary",
    latitude: 53.8,
    longitude: -1.55,
    detail: "Primary, Leeds",
    href: "/schools/oak",
  },
  { id: "elm", name: "Elm Academy", latitude: 51.5, longitude: -0.12, href: "/schools/elm" },
  { id: "ash", name: "Ash Infants", latitude: null, longitude: null, detail: "Infant" },
  // Real coordinates, but outside the box the dot map draws (Edinburgh).
  { id: "far", name: "Far School", latitude: 55.95, longitude: -3.19 },
];

describe("projection", () => {
  it("maps England's box onto the whole viewBox, north at the top", () => {
    const { south, north, west, east } = englandBounds;
    expect(project(north, west)).toEqual({ x: 0, y: 0 });
    expect(project(south, east)).toEqual({ x: dotMapSize.width, y: dotMapSize.height });
  });

  it("shortens longitude by the cosine of the middle latitude", () => {
    const degreeOfLatitude = dotMapSize.height / (englandBounds.north - englandBounds.south);
    const degreeOfLongitude = dotMapSize.width / (englandBounds.east - englandBounds.west);
    expect(degreeOfLongitude / degreeOfLatitude).toBeCloseTo(Math.cos((52.85 * Math.PI) / 180), 2);
  });

  it("places London south-east of Leeds, and nothing outside the box", () => {
    const london = project(51.507, -0.128);
    const leeds = project(53.8, -1.549);
    expect(london && leeds && london.x > leeds.x && london.y > leeds.y).toBe(true);
    expect(project(55.95, -3.19)).toBeNull();
    expect(project(52, 2.5)).toBeNull();
  });

  it("counts only real numbers as a location", () => {
    const at = (latitude: number | null, longitude: number | null) =>
      hasLocation({ id: "x", name: "X", latitude, longitude });
    expect(at(52, -1)).toBe(true);
    expect(at(null, -1)).toBe(false);
    expect(at(52, null)).toBe(false);
    expect(at(Number.NaN, -1)).toBe(false);
    expect(at(95, -1)).toBe(false);
  });
});

describe("SchoolMap, server-rendered", () => {
  const html = render(<SchoolMap title="Schools in Oak Trust" schools={schools} />);

  it("is a figure named by its caption", () => {
    expect(find(html, "figure").attrs.class).toBe("ui-school-map");
    expect(text(html)).toMatch(/^Schools in Oak Trust /);
  });

  it("draws a dot per school inside England's box, each with a title, inside the viewBox", () => {
    const svg = find(html, "svg", { class: "ui-dot-map" });
    expect(svg.attrs.viewbox).toBe(`0 0 ${dotMapSize.width} ${dotMapSize.height}`);
    expect(svg.attrs.role).toBe("img");
    expect(svg.attrs["aria-label"]).toBe(
      "Dot map of 2 schools in England. Every school is in the list.",
    );
    const dots = findAll(html, "circle");
    expect(dots).toHaveLength(2);
    for (const dot of dots) {
      const [x, y] = [Number(dot.attrs.cx), Number(dot.attrs.cy)];
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(dotMapSize.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(dotMapSize.height);
    }
    expect(dots[0]?.attrs).toMatchObject(
      Object.fromEntries(
        Object.entries(project(53.8, -1.55) ?? {}).map(([k, v]) => [`c${k}`, String(v)]),
      ),
    );
    const titles = [...html.matchAll(/<circle[^>]*><title>([^<]*)<\/title><\/circle>/g)];
    expect(titles.map((m) => m[1])).toEqual(["Oak Primary, Primary, Leeds", "Elm Academy"]);
  });

  it("lists every school, with links, and says which have no location", () => {
    const list = html.slice(html.indexOf('<ul class="ui-school-map__list"'));
    expect(findAll(list, "li")).toHaveLength(4);
    expect(findAll(list, "a").map((a) => a.attrs.href)).toEqual(["/schools/oak", "/schools/elm"]);
    expect(text(list)).toBe(
      "Oak Primary Primary, Leeds Elm Academy Ash Infants Infant No location recorded Far School",
    );
  });

  it("has an empty, hidden, named container for the interactive map", () => {
    const container = find(html, "section", { class: "ui-school-map__leaflet" });
    expect(container.attrs.hidden).toBe("");
    expect(html).toMatch(/<section class="ui-school-map__leaflet"[^>]*><\/section>/);
    const [nameId, titleId] = idList(container.attrs["aria-labelledby"]);
    expect(find(html, "span", { id: nameId ?? "" }).attrs.hidden).toBe("");
    expect(find(html, "figcaption").attrs.id).toBe(titleId);
  });

  it("renders no style attribute, which style-src 'self' would block", () => {
    expect(html).not.toMatch(/\sstyle=/i);
  });

  it("leaves the map out when no school has a location, keeping the list", () => {
    const unplaced = render(
      <SchoolMap title="Schools" schools={schools.filter((s) => !hasLocation(s))} />,
    );
    expect(findAll(unplaced, "svg")).toHaveLength(0);
    expect(findAll(unplaced, "section")).toHaveLength(0);
    expect(text(unplaced)).toBe("Schools Ash Infants Infant No location recorded");
  });

  it("says there are no schools yet for an empty list", () => {
    expect(text(render(<SchoolMap title="Schools" schools={[]} />))).toBe("Schools No schools yet");
  });

  it("never loads Leaflet at module level, so it imports under Node", () => {
    for (const file of ["./SchoolMap.tsx", "./leaflet-map.ts", "./DotMap.tsx"]) {
      const source = readFileSync(new URL(file, import.meta.url), "utf8");
      const leafletImports = source.match(/^import\s+(?!type\b)[^;]*["']leaflet["']/gm);
      expect(leafletImports, file).toBeNull();
    }
  });
});

describe("mountLeafletMap", () => {
  /** A stand-in for the parts of Leaflet used, recording what the map asked of it. */
  function fakeLeaflet() {
    const calls = {
      map: [] as unknown[],
      tileLayer: [] as unknown[][],
      circleMarker: [] as unknown[][],
      popups: 0,
      tooltips: [] as unknown[][],
      fitBounds: [] as unknown[][],
    };
    const map = {
      fitBounds: (...args: unknown[]) => {
        calls.fitBounds.push(args);
        return map;
      },
    };
    const fake = {
      map: (_container: unknown, options: unknown) => {
        calls.map.push(options);
        return map;
      },
      tileLayer: (...args: unknown[]) => {
        calls.tileLayer.push(args);
        return { addTo: () => undefined };
      },
      circleMarker: (...args: unknown[]) => {
        calls.circleMarker.push(args);
        const marker = {
          bindPopup: (content: unknown) => {
            if (typeof content === "function") calls.popups += 1;
            return marker;
          },
          bindTooltip: (...args: unknown[]) => {
            calls.tooltips.push(args);
            return marker;
          },
          addTo: () => marker,
          getElement: () => undefined,
        };
        return marker;
      },
      latLngBounds: (points: unknown) => ({ points }),
    };
    return { L: fake as unknown as LeafletApi, calls };
  }

  const container = {
    ownerDocument: { createElement: (name: string) => ({ name, textContent: "" }) },
  } as unknown as HTMLElement;

  /** The circle markers drawn with a class, by their coordinates. */
  function markers(calls: { circleMarker: unknown[][] }, className: string): unknown[] {
    return calls.circleMarker
      .filter(([, options]) => (options as { className?: string }).className === className)
      .map(([latLng]) => latLng);
  }
  const located = schools.filter(hasLocation);

  it("works without tiles: no tile layer, a circle marker per school, fitted to them", () => {
    for (const tileUrl of [undefined, null, "", "   "]) {
      const { L, calls } = fakeLeaflet();
      mountLeafletMap(L, container, located, { tileUrl });
      expect(calls.tileLayer).toEqual([]);
      expect(calls.map).toEqual([expect.objectContaining({ scrollWheelZoom: false, maxZoom: 12 })]);
      expect(markers(calls, "ui-school-map__marker")).toEqual([
        [53.8, -1.55],
        [51.5, -0.12],
        [55.95, -3.19],
      ]);
      expect(calls.popups).toBe(3);
      // Named places to read the schools against, as on the dot map.
      expect(markers(calls, "ui-school-map__place")).toHaveLength(7);
      expect(
        calls.tooltips.map(([label]) => (label as { textContent: string }).textContent),
      ).toContain("London");
      expect(calls.fitBounds[0]?.[0]).toEqual({
        points: [
          [53.8, -1.55],
          [51.5, -0.12],
          [55.95, -3.19],
        ],
      });
    }
  });

  it("adds the app's tile layer, with its attribution, when given a URL", () => {
    const { L, calls } = fakeLeaflet();
    mountLeafletMap(L, container, located, {
      tileUrl: "https://tiles.example/{z}/{x}/{y}.png",
      tileAttribution: "© Example",
    });
    expect(calls.tileLayer).toEqual([
      ["https://tiles.example/{z}/{x}/{y}.png", { attribution: "© Example" }],
    ]);
    expect(calls.map[0]).toMatchObject({ maxZoom: 18 });
    expect(markers(calls, "ui-school-map__place")).toEqual([]);
    expect(markers(calls, "ui-school-map__marker")).toHaveLength(3);
  });

  it("turns animation off for people who ask for less motion", () => {
    const { L, calls } = fakeLeaflet();
    mountLeafletMap(L, container, located, { reducedMotion: true });
    expect(calls.map[0]).toMatchObject({ zoomAnimation: false, fadeAnimation: false });
  });
});
