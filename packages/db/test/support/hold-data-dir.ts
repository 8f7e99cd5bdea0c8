// Run in a child process by the lock tests: opens the PGlite folder given as the first argument
// (with the lock timing given as JSON in the second), says "open" on stdout, and holds it until
// stdin closes (or the process is killed).
import { createDb } from "../../src/client.ts";

const [dataDir, timing] = process.argv.slice(2);
if (!dataDir || !timing) throw new Error("usage: hold-data-dir.ts <folder> <lock timing json>");
const dataDirLock = JSON.parse(timing) as { staleMs: number; updateMs: number };

try {
  const database = await createDb({ dataDir, dataDirLock });
  await database.ping();
  process.stdout.write("open\n");
  process.stdin.resume();
  process.stdin.on("end", () => {
    void database.close().then(() => process.stdout.write("closed\n"));
  });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
