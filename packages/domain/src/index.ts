export * from "./vocabularies/vocabulary.ts";
export * from "./vocabularies/phases.ts";
export * from "./vocabularies/establishment-types.ts";
export * from "./vocabularies/religious-characters.ts";
export * from "./vocabularies/regions.ts";
export * from "./vocabularies/groups.ts";
export * from "./vocabularies/size-bands.ts";
export * from "./vocabularies/roles.ts";
