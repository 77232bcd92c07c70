import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { nodeFsLayer, type FsLayer } from '../../src/progress';

const made: string[] = [];

/** A fresh folder, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lakeflow-progress-'));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A clock the test moves by hand, so "newer" is decided by the test and not by timing. */
export function manualClock(start = 1_750_000_000_000): { now: () => number; set: (t: number) => void; tick: (ms?: number) => number } {
  let t = start;
  return {
    now: () => t,
    set: (value) => {
      t = value;
    },
    tick: (ms = 1000) => (t += ms),
  };
}

export function errnoError(code: string, op: string, file = ''): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated failure, ${op} '${file}'`);
  error.code = code;
  return error;
}

type Op = keyof FsLayer;

/**
 * The real file system, except that the listed operations throw `code` while `failing()` is true.
 * `filter` narrows the failure to some paths (for example only renames onto a backup name).
 */
export function faultyFs(
  code: string,
  ops: Op[],
  options: { failing?: () => boolean; filter?: (file: string) => boolean } = {},
): FsLayer & { calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const layer = { ...nodeFsLayer, calls } as FsLayer & { calls: Record<string, number> };
  for (const op of Object.keys(nodeFsLayer) as Op[]) {
    const real = nodeFsLayer[op] as (...args: unknown[]) => unknown;
    (layer as unknown as Record<string, unknown>)[op] = (...args: unknown[]) => {
      calls[op] = (calls[op] ?? 0) + 1;
      const target = typeof args[1] === 'string' && op === 'renameSync' ? args[1] : args[0];
      const applies = ops.includes(op) && (options.failing?.() ?? true) && (options.filter?.(String(target)) ?? true);
      if (applies) throw errnoError(code, op, String(target));
      return real(...args);
    };
  }
  return layer;
}

/** Names in `dir` matching `re`. */
export function filesLike(dir: string, re: RegExp): string[] {
  return readdirSync(dir).filter((name) => re.test(name)).sort();
}

/** The pid of a process that has already ended. */
export function deadPid(): number {
  const { pid } = spawnSync('sh', ['-c', ':']);
  if (!pid) throw new Error('could not start a process');
  return pid;
}
