import * as nodeFs from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { lock } from "proper-lockfile";

/** Who holds a folder's lock, as the holder wrote it. */
interface LockOwner {
  pid: number;
  hostname: string;
}

/** Raised when another process holds the PGlite folder this one was asked to open. */
export class DataDirLockedError extends Error {
  readonly dataDir: string;
  constructor(dataDir: string, owner: LockOwner | undefined, options?: ErrorOptions) {
    const who = owner ? ` (process ${owner.pid} on ${owner.hostname})` : "";
    super(
      `The database folder ${dataDir} is in use by another Trust Atlas process${who}. Stop that process, or set DATA_DIR to another folder: two processes on one PGlite folder lose each other's writes.`,
      options,
    );
    this.name = "DataDirLockedError";
    this.dataDir = dataDir;
  }
}

/** The lock lives inside the folder, so it moves and is removed with the data it guards. */
const lockName = "trust-atlas.lock";
const ownerName = "owner.json";

/**
 * A holder refreshes its lock every `updateMs`. A lock untouched for `staleMs` is taken over
 * whoever held it: the fallback for holders on another host, whose liveness cannot be asked.
 * Long, because PGlite's start blocks the event loop (and so the refresh) for seconds.
 */
export interface DataDirLockTiming {
  staleMs: number;
  updateMs: number;
}

export const defaultDataDirLockTiming: DataDirLockTiming = { staleMs: 30_000, updateMs: 5_000 };

/**
 * proper-lockfile removes its lock with `rmdir`; the owner file inside makes the folder
 * non-empty, so removal takes what is inside with it.
 */
const lockFs = {
  ...nodeFs,
  rmdir: (path: string, callback: (error: NodeJS.ErrnoException | null) => void) => {
    nodeFs.rm(path, { recursive: true, force: true }, callback);
  },
  rmdirSync: (path: string) => {
    nodeFs.rmSync(path, { recursive: true, force: true });
  },
};

/**
 * Creates the folder (owner-only: it holds password hashes and sessions) and takes the one
 * exclusive lock on it; returns the function that releases it. PGlite itself would let two
 * processes open one folder and each silently overwrite the other's writes.
 */
export async function lockDataDir(
  dataDir: string,
  timing: DataDirLockTiming = defaultDataDirLockTiming,
): Promise<() => Promise<void>> {
  const folder = resolve(dataDir);
  // `mode` applies to every folder mkdir creates, parents included; existing ones are left as is.
  nodeFs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const lockPath = join(folder, lockName);
  const take = () =>
    lock(folder, {
      lockfilePath: lockPath,
      stale: timing.staleMs,
      update: timing.updateMs,
      realpath: false,
      fs: lockFs,
      onCompromised: (cause) => {
        // Another process took the lock over (this one stalled past `stale`): writing on would
        // lose data, so stop.
        throw new DataDirLockedError(folder, readOwner(lockPath), { cause });
      },
    });

  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (error) {
    if (!isLockedError(error)) throw error;
    const owner = readOwner(lockPath);
    if (!owner || !isGone(owner)) throw new DataDirLockedError(folder, owner, { cause: error });
    // Its holder died without releasing it (killed, or the machine stopped): take it over now
    // rather than wait for it to go stale.
    nodeFs.rmSync(lockPath, { recursive: true, force: true });
    try {
      release = await take();
    } catch (again) {
      if (!isLockedError(again)) throw again;
      throw new DataDirLockedError(folder, readOwner(lockPath), { cause: again });
    }
  }
  writeOwner(lockPath, { pid: process.pid, hostname: hostname() });
  return release;
}

/**
 * Writes who holds the lock into it. Adding a file changes the lock folder's mtime, which
 * proper-lockfile checks to see the lock is still its own, so the mtime is put back.
 */
function writeOwner(lockPath: string, owner: LockOwner) {
  const { atime, mtime } = nodeFs.statSync(lockPath);
  nodeFs.writeFileSync(join(lockPath, ownerName), JSON.stringify(owner));
  nodeFs.utimesSync(lockPath, atime, mtime);
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    const parsed: unknown = JSON.parse(nodeFs.readFileSync(join(lockPath, ownerName), "utf8"));
    if (
      typeof parsed === "object" &&
      parsed !== null &&
      "pid" in parsed &&
      typeof parsed.pid === "number" &&
      "hostname" in parsed &&
      typeof parsed.hostname === "string"
    ) {
      return { pid: parsed.pid, hostname: parsed.hostname };
    }
  } catch {
    // No owner written yet (the holder is between taking the lock and writing it), or unreadable.
  }
  return undefined;
}

/** True only when the owner was on this machine and its process no longer exists. */
function isGone(owner: LockOwner): boolean {
  if (owner.hostname !== hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return !(error instanceof Error && "code" in error && error.code === "EPERM");
  }
}

function isLockedError(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ELOCKED";
}
