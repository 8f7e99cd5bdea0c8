/**
 * Control characters other than tab, line feed and carriage return. PostgreSQL refuses NUL in
 * text outright, and the others only ever arrive by accident or as an attack on logs and CSV
 * exports, so every text input refuses them with a message instead of failing deep inside.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacters(text: string): boolean {
  return controlCharacter.test(text);
}

export const CONTROL_CHARACTERS_MESSAGE =
  "Remove control characters (such as NUL) from the text: they cannot be stored.";
