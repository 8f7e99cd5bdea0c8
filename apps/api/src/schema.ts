import { builder } from "./builder.ts";
import "./shared/scalars.ts";
import "./shared/enums.ts";
import "./shared/user-error-types.ts";
import "./shared/node-field.ts";
import "./modules/trusts/schema.ts";
import "./modules/trusts/search-schema.ts";
import "./modules/fit/schema.ts";
import "./modules/fit/profile-schema.ts";
import "./modules/saved-searches/schema.ts";
import "./modules/compare/schema.ts";
import "./modules/schools/schema.ts";
import "./modules/accounts/schema.ts";
import "./modules/trust-profiles/schema.ts";
import "./modules/schemes-of-delegation/schema.ts";
import "./modules/shortlists/schema.ts";
import "./modules/partnerships/schema.ts";
import "./modules/partnerships/documents-schema.ts";
import "./modules/audit-log/schema.ts";
import "./modules/trust-verification/schema.ts";
import "./modules/claims/schema.ts";
import "./modules/invitations/schema.ts";

builder.queryType({ description: "Read the register of trusts and schools." });
builder.mutationType({ description: "Change what Trust Atlas holds." });
builder.subscriptionType({ description: "Hear of changes as they are made (server-sent events)." });

export const schema = builder.toSchema({ sortSchema: true });
