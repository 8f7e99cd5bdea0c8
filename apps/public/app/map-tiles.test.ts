import { describe, expect, it } from "vitest";
import { hasTilePlaceholders, tileImageSource } from "./map-tiles.ts";

describe("tileImageSource", () => {
  it.each([
    ["https://tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org"],
    ["https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "https://*.tile.openstreetmap.org"],
    ["HTTPS://Tiles.Example.org:8443/{z}/{x}/{y}{r}.png?key=abc", "https://tiles.example.org:8443"],
    ["http://localhost:8080/{z}/{x}/{y}.png", "http://localhost:8080"],
    ["  https://tiles.example.org/{z}/{x}/{y}.png  ", "https://tiles.example.org"],
    // Not somewhere a CSP can name.
    ["https://{s}-tiles.example.org/{z}/{x}/{y}.png", null],
    ["https://tiles.{s}.example.org/{z}/{x}/{y}.png", null],
    ["https://user@tiles.example.org/{z}/{x}/{y}.png", null],
    ["ftp://tiles.example.org/{z}/{x}/{y}.png", null],
    ["//tiles.example.org/{z}/{x}/{y}.png", null],
    ["tiles.example.org/{z}/{x}/{y}.png", null],
    ["https://tiles.example.org 'unsafe-inline'/{z}/{x}/{y}.png", null],
    ["https://tiles.example.org;script-src/{z}/{x}/{y}.png", null],
  ])("%s → %s", (template, expected) => {
    expect(tileImageSource(template)).toBe(expected);
  });

  it.each([
    ["https://tiles.example.org/{z}/{x}/{y}.png", true],
    ["https://tiles.example.org/{z}/{y}/{x}.png", true],
    ["https://tiles.example.org/{z}/{x}.png", false],
    ["https://tiles.example.org/map.png", false],
  ])("%s has its placeholders: %s", (template, expected) => {
    expect(hasTilePlaceholders(template)).toBe(expected);
  });
});
