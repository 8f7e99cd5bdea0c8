import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const css = readFileSync(new URL("./styles.css", import.meta.url), "utf8");
const mapCss = readFileSync(new URL("./map/map.css", import.meta.url), "utf8");

/** Custom properties from the first `:root` block, with var() references resolved. */
function tokens(): Map<string, string> {
  const root = /:root\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? "";
  const raw = new Map<string, string>();
  for (const match of root.matchAll(/(--ui-[\w-]+)\s*:\s*([^;]+);/g)) {
    if (match[1] && match[2]) raw.set(match[1], match[2].trim());
  }
  const resolve = (value: string, depth = 0): string => {
    const ref = /^var\((--ui-[\w-]+)\)$/.exec(value);
    if (!ref?.[1] || depth > 10) return value;
    return resolve(raw.get(ref[1]) ?? value, depth + 1);
  };
  return new Map([...raw].map(([key, value]) => [key, resolve(value)]));
}

const tokenMap = tokens();

function colour(name: string): string {
  const value = tokenMap.get(`--ui-${name}`);
  if (value === undefined || !/^#[0-9a-f]{6}$/i.test(value)) {
    throw new Error(`--ui-${name} is not a hex colour: ${value}`);
  }
  return value;
}

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe("theme contrast (WCAG 2.2 AA)", () => {
  // [foreground, background]: text must reach 4.5:1.
  const textPairs: Array<[string, string]> = [
    ...[
      "background",
      "surface",
      "primary-surface",
      "info-surface",
      "success-surface",
      "warning-surface",
      "error-surface",
    ].flatMap(
      (bg): Array<[string, string]> => [
        ["color-text", `color-${bg}`],
        ["color-link", `color-${bg}`],
        ["color-link-hover", `color-${bg}`],
        ["color-link-visited", `color-${bg}`],
      ],
    ),
    ["color-text-secondary", "color-background"],
    ["color-text-secondary", "color-surface"],
    ["color-primary-text", "color-primary"],
    ["color-primary-text", "color-primary-hover"],
    ["color-header-text", "color-header-background"],
    ["color-header-text", "color-header-nav-background"],
    ["color-header-background", "color-header-text"],
    ["color-focus-text", "color-focus"],
    ["color-error", "color-background"],
    ["color-error-hover", "color-background"],
    ["white", "color-error"],
    ["white", "color-error-hover"],
    ["color-text", "grey-200"],
    ["color-text", "grey-300"],
    ["color-success", "color-success-surface"],
    ["color-warning", "color-warning-surface"],
    ["blue-800", "color-info-surface"],
    ["red-800", "color-error-surface"],
    ["white", "color-info"],
    ["white", "color-success"],
    ["white", "color-warning"],
    ["white", "color-error"],
    // Heatmap cells carry a letter or word on their colour.
    ["color-heat-decides-text", "color-heat-decides"],
    ["color-heat-recommends-text", "color-heat-recommends"],
    ["color-heat-consulted-text", "color-heat-consulted"],
    ["color-heat-informed-text", "color-heat-informed"],
    ["color-map-place", "color-map-background"],
  ];

  it.each(textPairs)("text %s on %s is at least 4.5:1", (fg, bg) => {
    expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(4.5);
  });

  // Non-text: control borders, checked controls and focus indicators need 3:1.
  const uiPairs: Array<[string, string]> = [
    ["color-border-input", "color-background"],
    ["color-primary", "color-background"],
    ["color-error", "color-background"],
    ["color-focus-outline", "color-background"],
    ["color-focus", "color-header-background"],
    ["color-focus", "color-header-nav-background"],
    ["color-focus-outline", "color-focus"],
    // Chart bars and map dots, against the page, their track and the map.
    ["color-chart-bar", "color-background"],
    ["color-chart-bar", "color-chart-track"],
    ["color-map-dot", "color-map-background"],
    ["color-map-dot", "color-map-dot-outline"],
  ];

  it.each(uiPairs)("non-text %s against %s is at least 3:1", (fg, bg) => {
    expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(3);
  });
});

describe("stylesheet", () => {
  it("has a visible focus style for every kind of interactive element", () => {
    expect(css).toContain(":where(:focus-visible)");
    for (const selector of [
      "a:focus-visible",
      ".ui-button:focus-visible",
      ".ui-input:focus-visible",
      ".ui-select:focus-visible",
      ".ui-textarea:focus-visible",
      ".ui-choice__input:focus-visible",
      ".ui-skip-link:focus",
      ".ui-table-scroll:focus-visible",
      ".ui-nav-list__link:focus-visible",
      ".ui-pagination__link:focus-visible",
      ".ui-card__link:focus-visible",
    ]) {
      expect(css, selector).toContain(selector);
    }
    expect(css).not.toMatch(/:focus-visible\s*\{[^}]*outline:\s*(none|0)/);
  });

  it("respects reduced motion and only animates when motion is allowed", () => {
    expect(css).toContain("@media (prefers-reduced-motion: reduce)");
    const transitions = css.split("prefers-reduced-motion: no-preference")[0] ?? "";
    expect(transitions).not.toMatch(/\btransition\s*:/);
  });

  it("defines every ui- class the components use", () => {
    const used = new Set<string>();
    for (const folder of ["./components/", "./internal/", "./charts/", "./map/"]) {
      const dir = new URL(folder, import.meta.url);
      for (const file of readdirSync(dir).filter(
        (f) => /\.tsx?$/.test(f) && !f.includes(".test."),
      )) {
        const source = readFileSync(new URL(file, dir), "utf8");
        // Whole class tokens only; template prefixes such as `ui-tag--${tone}` are skipped.
        for (const match of source.matchAll(/(?<=["'`\s])ui-[a-z0-9_-]*[a-z0-9](?=["'`\s])/g)) {
          used.add(match[0]);
        }
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(
      (cls) => !new RegExp(`\\.${cls}(?![\\w-])`).test(css + mapCss),
    );
    expect(missing).toEqual([]);
  });
});

describe("map stylesheet", () => {
  it("brings in Leaflet's CSS, from a path the bundler resolves, inside our component layer", () => {
    const statements = mapCss.replace(/\/\*[\s\S]*?\*\//g, "").trim();
    expect(statements).toMatch(
      /^@layer ui-base, ui-components, ui-utilities;\s*@import "leaflet\/dist\/leaflet\.css" layer\(ui-components\);/,
    );
    const resolved = createRequire(new URL("./map/map.css", import.meta.url)).resolve(
      "leaflet/dist/leaflet.css",
    );
    expect(readFileSync(resolved, "utf8")).toContain(".leaflet-container");
  });

  it("gives the interactive map, which Leaflet makes focusable, a visible focus style", () => {
    expect(mapCss).toContain(".ui-school-map__leaflet.leaflet-container:focus-visible");
    expect(mapCss).not.toMatch(/:focus-visible\s*\{[^}]*outline:\s*(none|0)/);
  });
});
