export * from "./accounts.ts";
export * from "./enums.ts";
export * from "./memberships.ts";
export * from "./schools.ts";
export * from "./sector-bodies.ts";
export * from "./trust-documents.ts";
export * from "./trusts.ts";
