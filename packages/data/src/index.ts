export {
  type DemoAccount,
  demoAccounts,
  demoPassword,
  demoPasswordHashes,
} from "./demo-accounts.ts";
export {
  type DemoDataEnv,
  type DemoDataOnStart,
  loadDemoDataOnStart,
  shouldLoadDemoData,
} from "./demo-data-policy.ts";
export { type CliEnv, defaultDataDir, readEnv, sharedEnvSchema } from "./env.ts";
export { demoSectorBody } from "./generate/accounts.ts";
export {
  type DemoData,
  demoAnchor,
  demoSchool,
  demoTodayAt,
  demoTrust,
  type GenerateOptions,
  generateDemoData,
  type MembershipRow,
  otherDemoTrust,
  type PartnershipEventRow,
  type PartnershipRow,
  type RoleGrantRow,
  type SchemeContent,
  type SchoolRow,
  type SectorBodyRow,
  type TrustDocumentContent,
  type TrustDocumentDraftRow,
  type TrustDocumentVersionRow,
  type TrustRow,
  type UserRow,
} from "./generate/index.ts";
export { fromNationalGrid, toNationalGrid } from "./national-grid.ts";
export {
  type ImportOptions,
  importRegister,
  type RegisterFiles,
} from "./register/import-register.ts";
export { MissingColumnsError } from "./register/read-csv.ts";
export type { FileReport, ImportReport } from "./register/report.ts";
export {
  isDatabaseEmpty,
  type LoadOptions,
  loadDemoDataIfEmpty,
  type SeedDemoDataOptions,
  type SeededTable,
  type SeedOptions,
  seedDemoData,
  seededTables,
  truncateDemoTables,
} from "./seed.ts";
