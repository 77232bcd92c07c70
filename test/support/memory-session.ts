// The one in-memory progress session for tests: the real ProgressSession over the real
// ProgressStore, whose files live in a Map instead of on disk. Screen tests therefore run the
// store's own rules (what counts as attempted, sticky passes, misses), and nothing is left behind.

import { Buffer } from 'node:buffer';
import { LAB08 } from '../../src/lessons/lab08';
import type { Lab } from '../../src/lessons/types';
import { ProgressStore, emptyProgress, type FsLayer, type Progress } from '../../src/progress';
import { ProgressSession } from '../../src/screens/session';

const DIR = '/memory/lakeflow-lab';

function fsError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${file}`), { code });
}

export interface MemoryFs extends FsLayer {
  readonly files: Map<string, Buffer>;
  /** While true every write fails the way a full disk does (ENOSPC). */
  failWrites: boolean;
  /** Completed writes of progress.json. */
  readonly saves: number;
}

export function memoryFs(): MemoryFs {
  const files = new Map<string, Buffer>();
  const mtimes = new Map<string, number>();
  const open = new Map<number, { file: string; chunks: Buffer[] }>();
  let nextFd = 100;
  let saves = 0;
  const put = (file: string, data: Buffer): void => {
    files.set(file, data);
    mtimes.set(file, Date.now());
  };
  const layer: MemoryFs = {
    files,
    failWrites: false,
    get saves() {
      return saves;
    },
    readFileSync(file) {
      const data = files.get(file);
      if (!data) throw fsError('ENOENT', file);
      return data;
    },
    openSync(file, flags) {
      if (flags === 'r') return nextFd++;
      if (layer.failWrites) throw fsError('ENOSPC', file);
      if (flags.includes('x') && files.has(file)) throw fsError('EEXIST', file);
      put(file, Buffer.alloc(0));
      const fd = nextFd++;
      open.set(fd, { file, chunks: [] });
      return fd;
    },
    writeSync(fd, data, offset, length) {
      const handle = open.get(fd);
      if (handle) handle.chunks.push(Buffer.from(data.subarray(offset, offset + length)));
      return length;
    },
    fsyncSync() {},
    closeSync(fd) {
      const handle = open.get(fd);
      if (!handle) return;
      open.delete(fd);
      put(handle.file, Buffer.concat(handle.chunks));
    },
    renameSync(from, to) {
      const data = files.get(from);
      if (!data) throw fsError('ENOENT', from);
      files.delete(from);
      mtimes.delete(from);
      put(to, data);
      if (to.endsWith('/progress.json')) saves++;
    },
    linkSync(from, to) {
      const data = files.get(from);
      if (!data) throw fsError('ENOENT', from);
      if (files.has(to)) throw fsError('EEXIST', to);
      put(to, data);
    },
    unlinkSync(file) {
      if (!files.delete(file)) throw fsError('ENOENT', file);
      mtimes.delete(file);
    },
    mkdirSync() {},
    copyFileExclSync(from, to) {
      const data = files.get(from);
      if (!data) throw fsError('ENOENT', from);
      if (files.has(to)) throw fsError('EEXIST', to);
      put(to, data);
    },
    readdirSync(dir) {
      return [...files.keys()].filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1));
    },
    mtimeMs: (file) => mtimes.get(file),
    assertWritable(dir) {
      if (layer.failWrites) throw fsError('EROFS', dir);
    },
  };
  return layer;
}

export interface MemorySession {
  session: ProgressSession;
  store: ProgressStore;
  fs: MemoryFs;
}

/**
 * A session whose progress starts as `progress` (entries as progress.json holds them). Saves are
 * scheduled without delay, on unref'd timers.
 */
export function memorySession(options: { progress?: Partial<Progress>; lab?: Lab } = {}): MemorySession {
  const fs = memoryFs();
  if (options.progress) fs.files.set(`${DIR}/progress.json`, Buffer.from(JSON.stringify({ ...emptyProgress(), ...options.progress })));
  const store = new ProgressStore({ dir: DIR, fs, debounceMs: 0, maxWaitMs: 0 });
  return { session: new ProgressSession(store, options.lab ?? LAB08), store, fs };
}
