import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { freePort } from "./ports.ts";

const appDir = fileURLToPath(new URL("../../", import.meta.url));

export interface BuiltServer {
  /** The server's origin, e.g. http://127.0.0.1:41234. */
  origin: string;
  /** What it printed so far. */
  output: string[];
  stop(): Promise<void>;
}

/**
 * Starts the production build the way `pnpm start` does (scripts/start.sh), as its own process,
 * on a free port. Needs `pnpm --filter @atlas/public build` first.
 */
export async function startBuiltServer(env: Record<string, string>): Promise<BuiltServer> {
  if (!existsSync(`${appDir}build/server/index.js`)) {
    throw new Error("No build to serve: run `pnpm --filter @atlas/public build` first.");
  }
  const port = await freePort();
  const child: ChildProcess = spawn("sh", ["./scripts/start.sh"], {
    cwd: appDir,
    env: { ...process.env, NODE_ENV: "production", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited:\n${output.join("")}`);
    try {
      await fetch(`${origin}/favicon.svg`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`The server did not start:\n${output.join("")}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
