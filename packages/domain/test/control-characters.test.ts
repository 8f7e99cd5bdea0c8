import { describe, expect, it } from "vitest";
import { hasControlCharacters } from "../src/rules/control-characters.ts";

describe("hasControlCharacters", () => {
  it.each([
    ["plain words", "Northern Lights Learning Trust", false],
    ["tab, line feed and carriage return", "a\tb\nc\r\nd", false],
    ["accents and symbols", "Sainte-Thérèse £5 — “quoted”", false],
    ["emoji", "🏫 school", false],
    ["NUL", "abc\u0000def", true],
    ["bell", "\u0007", true],
    ["escape (terminal injection)", "\u001b[31mred", true],
    ["delete", "x\u007f", true],
    ["vertical tab", "a\u000bb", true],
  ])("%s", (_name, text, expected) => {
    expect(hasControlCharacters(text)).toBe(expected);
  });
});
