import postgres from "postgres";
import type { Statement } from "./capture.ts";
import { Latencies, type Measured } from "./latency.ts";
import type { LoadOptions } from "./load.ts";

/**
 * The floor: an operation's own SQL run straight through postgres.js, by as many callers at once
 * as the load has connections, on a pool the size of the API's. Nothing the API does is in it
 * but the statements, so the API's figures over this say what the API itself costs.
 */
export async function measureFloor(
  databaseUrl: string,
  statements: readonly Statement[],
  options: LoadOptions & { poolSize: number },
): Promise<Measured> {
  // As the API connects (createDb): no JIT.
  const sql = postgres(databaseUrl, {
    max: options.poolSize,
    onnotice: () => {},
    connection: { jit: "off" },
  });
  const once = async () => {
    for (const s of statements)
      await sql.unsafe(s.sql, s.params as postgres.ParameterOrJSON<never>[]);
  };
  const drive = async (seconds: number, latencies?: Latencies) => {
    const until = performance.now() + seconds * 1000;
    let errors = 0;
    const caller = async () => {
      while (performance.now() < until) {
        const started = performance.now();
        try {
          await once();
          latencies?.add(performance.now() - started);
        } catch {
          errors++;
        }
      }
    };
    await Promise.all(Array.from({ length: options.connections }, caller));
    return errors;
  };
  try {
    await drive(options.warmupSeconds);
    const latencies = new Latencies();
    const started = performance.now();
    const errors = await drive(options.seconds, latencies);
    return latencies.summary((performance.now() - started) / 1000, errors);
  } finally {
    await sql.end();
  }
}
