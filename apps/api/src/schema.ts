import { builder } from "../builder.ts";
import "./scalars.ts";
import "./enums.ts";
import "./user-errors.ts";
import "./trust.ts";
import "./school.ts";
import "./account.ts";

builder.queryType({ description: "Read the register of trusts and schools." });
builder.mutationType({ description: "Change what Trust Atlas holds." });

export const schema = builder.toSchema({ sortSchema: true });
