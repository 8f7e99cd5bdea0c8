import autocannon from "autocannon";
import { Latencies, type Measured } from "./latency.ts";
import type { Operation } from "./scenarios.ts";

export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

const headers = { "content-type": "application/json", "x-graphql-yoga-csrf": "1" };

/** Checks the API answers the operation without errors before it is measured. */
export async function checkAnswers(apiUrl: string, operation: Operation): Promise<void> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: "POST",
    headers: { ...headers, ...operation.headers },
    body: operation.body,
  });
  const result = (await response.json()) as { errors?: unknown };
  if (!response.ok || result.errors)
    throw new Error(`${operation.name}: ${response.status} ${JSON.stringify(result.errors)}`);
}

function run(apiUrl: string, operation: Operation, connections: number, seconds: number) {
  const latencies = new Latencies();
  return new Promise<Measured>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${apiUrl}/graphql`,
        method: "POST",
        headers: { ...headers, ...operation.headers },
        body: operation.body,
        connections,
        duration: seconds,
      },
      (error, result) => {
        if (error) reject(error);
        else
          resolve(
            latencies.summary(result.duration, result.errors + result.timeouts + result.non2xx),
          );
      },
    );
    instance.on("response", (_client, _status, _bytes, ms) => latencies.add(ms));
  });
}

/** The operation over HTTP at `connections` at once, after a warm-up that is not counted. */
export async function measureOverHttp(
  apiUrl: string,
  operation: Operation,
  options: LoadOptions,
): Promise<Measured> {
  await run(apiUrl, operation, options.connections, options.warmupSeconds);
  return run(apiUrl, operation, options.connections, options.seconds);
}
