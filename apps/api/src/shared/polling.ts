import type { Logger } from "../logger.ts";

export interface PollingJob<T> {
  /** One run now, or the run already under way: runs never overlap. */
  runOnce(): Promise<T>;
  /** No more runs; resolves once the run under way, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * Runs `run` in this process every `intervalMs`. The next run is scheduled when one ends, never
 * on a fixed clock, so a slow run delays the next instead of piling up. A failed run is logged
 * and the polling goes on: a database or mail server away for a while must not take the API
 * down with it.
 */
export function startPolling<T>(options: {
  name: string;
  run: () => Promise<T>;
  intervalMs: number;
  logger: Logger;
}): PollingJob<T> {
  const { name, run, intervalMs, logger } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<T> | undefined;

  const runOnce = (): Promise<T> => {
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  };

  const tick = async () => {
    timer = undefined;
    try {
      await runOnce();
    } catch (error) {
      logger.error(
        { error: error instanceof Error ? error.message : String(error) },
        `${name} run failed`,
      );
    }
    schedule();
  };

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => void tick(), intervalMs);
    // Polling alone must not keep the process alive: shutdown decides when it ends.
    timer.unref();
  }

  schedule();

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      // The run under way finishes (its rows written) before the database is closed.
      await running?.catch(() => {});
    },
  };
}
