import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const appDir = fileURLToPath(new URL("../../", import.meta.url));

/** A port nothing listens on just now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningAdmin {
  origin: string;
  output: string[];
  stop(): Promise<void>;
}

/**
 * Starts the production server as `pnpm start` does (package.json: node --import tsx
 * server/main.ts), as its own process on a free port. Needs `pnpm --filter @atlas/admin build`.
 */
export async function startAdminServer(env: Record<string, string>): Promise<RunningAdmin> {
  if (!existsSync(`${appDir}dist/index.html`)) {
    throw new Error("No build to serve: run `pnpm --filter @atlas/admin build` first.");
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: appDir,
    env: { ...process.env, ...env, PORT: String(port) },
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
