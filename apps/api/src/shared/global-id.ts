import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";

// The ids we issue are lowercase UUIDs; anything else names no row, so it is not looked up.
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The node types whose global ids Trust Atlas hands out, and `node(id)` answers for. */
const nodeTypenames = ["Trust", "School"] as const;
export type NodeTypename = (typeof nodeTypenames)[number];

/**
 * Types with global ids that are not nodes: published versions are reached through their
 * trust, where who may see them is decided, never looked up on their own.
 */
export type GlobalIdTypename =
  | NodeTypename
  | "TrustProfileVersion"
  | "SchemeOfDelegationVersion"
  | "SavedSearch"
  | "Partnership"
  | "PartnershipDocument"
  | "PublishedVersion"
  | "AuditEvent"
  | "Claim"
  | "Invitation"
  | "RoleGrant"
  | "Collection"
  | "ModerationSettings";

export function globalIdOf(typename: GlobalIdTypename, rowId: string): string {
  return encodeGlobalID(typename, rowId);
}

/** The row id inside a global id of the given type, or null when it is not one. */
export function rowIdOf(globalId: string, typename: GlobalIdTypename): string | null {
  const decoded = decodeId(globalId);
  return decoded?.typename === typename ? decoded.id : null;
}

/** The type and row id inside a global id, or null when it is malformed or of no known node type. */
export function decodeNodeId(globalId: string): { typename: NodeTypename; id: string } | null {
  const decoded = decodeId(globalId);
  if (!decoded) return null;
  const typename = nodeTypenames.find((t) => t === decoded.typename);
  return typename ? { typename, id: decoded.id } : null;
}

function decodeId(globalId: string): { typename: string; id: string } | null {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    return null;
  }
  return uuid.test(decoded.id) ? decoded : null;
}
