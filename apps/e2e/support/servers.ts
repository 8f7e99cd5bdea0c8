import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export interface Server {
  name: string;
  process: ChildProcess;
  output: string[];
}

/**
 * Starts a command in its own process group (so stopping it stops its children too). Its recent
 * output is kept for the error when it fails to start; `logFile` keeps all of it, for journeys
 * to read (the API's development outbox writes each email to its log).
 */
export function startServer(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; logFile?: string },
): Server {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const log = options.logFile ? createWriteStream(options.logFile, { flags: "a" }) : undefined;
  child.once("close", () => log?.end());
  const keep = (chunk: Buffer) => {
    log?.write(chunk);
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { name, process: child, output };
}

/** Polls `url` until it answers 2xx, or fails with the server's recent output. */
export async function waitFor(server: Server, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) break;
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${server.name} did not become ready at ${url}:\n${server.output.join("")}`);
}

export async function stopServer(server: Server): Promise<void> {
  const { pid } = server.process;
  if (pid === undefined || server.process.exitCode !== null) return;
  const exited = new Promise((resolve) => server.process.once("exit", resolve));
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}
