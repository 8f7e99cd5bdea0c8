import { writeFile } from "node:fs/promises";
import { createDb } from "@atlas/db";
import { Presets, SingleBar } from "cli-progress";
import { readEnv } from "../env.ts";
import { importRegister } from "./import-register.ts";
import { MissingColumnsError } from "./read-csv.ts";
import { summarise } from "./report.ts";

export interface ImportCommandOptions {
  establishments?: string | undefined;
  groups?: string | undefined;
  links?: string | undefined;
  report?: string | undefined;
  asOf?: string | undefined;
}

/** `pnpm data import-gias`: the register's three downloads into the database named by the env. */
export async function importGiasCommand(
  options: ImportCommandOptions,
  write: (line?: string) => void,
): Promise<number> {
  const { establishments, groups, links } = options;
  if (!establishments || !groups || !links) {
    write(
      "import-gias needs --establishments, --groups and --links (the register's CSV downloads).",
    );
    return 1;
  }
  if (options.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) {
    write(`--as-of must be a date as yyyy-mm-dd, not "${options.asOf}"`);
    return 1;
  }
  const env = readEnv();
  const database = await createDb({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
  // Only on a terminal: a log file would fill with redrawn bars.
  const bar = process.stdout.isTTY
    ? new SingleBar(
        { format: "  {bar} {percentage}% | {file}", hideCursor: true },
        Presets.shades_classic,
      )
    : undefined;
  try {
    await database.migrate();
    let started = false;
    const report = await importRegister(
      database.db,
      { establishments, groups, links },
      {
        asOf: options.asOf,
        onProgress: (done, total, file) => {
          if (!bar) return;
          if (!started) {
            bar.start(total, done, { file });
            started = true;
          } else bar.update(done, { file });
        },
      },
    );
    bar?.stop();
    for (const line of summarise(report)) write(line);
    if (options.report) {
      await writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`);
      write(`Report written to ${options.report}`);
    }
    return 0;
  } catch (error) {
    bar?.stop();
    if (error instanceof MissingColumnsError) {
      write(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
