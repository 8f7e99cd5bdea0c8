import { createDb } from "@atlas/db";
import { pino } from "pino";
import { createApp } from "../src/yoga.ts";
import type { Operation } from "./scenarios.ts";

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The SQL each operation runs, caught by running it once through the API in this process on the
 * same database: how many statements it costs, and what the floor replays straight to PostgreSQL.
 */
export async function captureStatements(
  databaseUrl: string,
  operations: readonly Operation[],
): Promise<Map<string, Statement[]>> {
  let caught: Statement[] = [];
  const database = await createDb({
    databaseUrl,
    maxConnections: 1,
    onQuery: (sql, params) => caught.push({ sql, params }),
  });
  const yoga = createApp({ database, logger: pino({ level: "silent" }) });
  const byOperation = new Map<string, Statement[]>();
  try {
    for (const operation of operations) {
      caught = [];
      const response = await yoga.fetch("http://bench/graphql", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-graphql-yoga-csrf": "1",
          ...operation.headers,
        },
        body: operation.body,
      });
      const result = (await response.json()) as { errors?: unknown };
      if (result.errors) throw new Error(`${operation.name}: ${JSON.stringify(result.errors)}`);
      byOperation.set(operation.name, caught);
    }
  } finally {
    await database.close();
  }
  return byOperation;
}
