import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

export type Tag = { name: string; attrs: Record<string, string> };

/** Server-renders an element to HTML, as a server-rendered page would. */
export function render(element: ReactElement): string {
  return renderToStaticMarkup(element);
}

/** Every start tag in the markup with its (unescaped-enough) attributes. */
export function tags(html: string): Tag[] {
  const result: Tag[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const attr of (match[2] ?? "").matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g)) {
      const key = attr[1];
      if (key !== undefined) attrs[key.toLowerCase()] = (attr[2] ?? "").replaceAll("&amp;", "&");
    }
    result.push({ name: match[1] ?? "", attrs });
  }
  return result;
}

/** Start tags of one element name, optionally filtered by attributes that must match exactly. */
export function findAll(html: string, name: string, attrs: Record<string, string> = {}): Tag[] {
  return tags(html).filter(
    (tag) =>
      tag.name === name && Object.entries(attrs).every(([key, value]) => tag.attrs[key] === value),
  );
}

/** The single start tag matching; throws when there is not exactly one. */
export function find(html: string, name: string, attrs: Record<string, string> = {}): Tag {
  const found = findAll(html, name, attrs);
  const [first] = found;
  if (found.length !== 1 || first === undefined) {
    throw new Error(
      `Expected one <${name}> matching ${JSON.stringify(attrs)}, found ${found.length}`,
    );
  }
  return first;
}

/** Text content with tags removed and whitespace collapsed. */
export function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The id list of an aria-describedby / aria-labelledby value. */
export function idList(value: string | undefined): string[] {
  return value === undefined || value === "" ? [] : value.split(/\s+/);
}
