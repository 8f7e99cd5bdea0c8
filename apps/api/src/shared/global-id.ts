import { decodeGlobalID } from "@pothos/plugin-relay";

// The ids we issue are lowercase UUIDs; anything else names no row, so it is not looked up.
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The node types whose global ids Trust Atlas hands out. */
export type NodeTypename = "Trust" | "School";

/** The row id inside a global id of the given type, or null when it is not one. */
export function rowIdOf(globalId: string, typename: NodeTypename): string | null {
  const decoded = decodeNodeId(globalId);
  return decoded?.typename === typename ? decoded.id : null;
}

/** The type and row id inside a global id, or null when it is malformed or of no known type. */
export function decodeNodeId(globalId: string): { typename: NodeTypename; id: string } | null {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    return null;
  }
  if (decoded.typename !== "Trust" && decoded.typename !== "School") return null;
  if (!uuid.test(decoded.id)) return null;
  return { typename: decoded.typename, id: decoded.id };
}
