// The few synchronous file operations the store needs, behind an interface so tests can make
// them fail the way a full disk or a read-only mount does (tests often run as root, where
// chmod blocks nothing).

import nodeFs from 'node:fs';
import path from 'node:path';

export interface FsLayer {
  readFileSync(file: string): Buffer;
  openSync(file: string, flags: string, mode?: number): number;
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  /** A hard link; fails if \`to\` exists. */
  linkSync(from: string, to: string): void;
  unlinkSync(file: string): void;
  mkdirSync(dir: string): void;
  /** Fails if `to` exists. */
  copyFileExclSync(from: string, to: string): void;
  readdirSync(dir: string): string[];
  /** undefined when nothing is there. */
  mtimeMs(file: string): number | undefined;
  /** Throws when the folder is not writable by this process. */
  assertWritable(dir: string): void;
}

export const nodeFsLayer: FsLayer = {
  readFileSync: (file) => readRegularFile(file, MAX_PROGRESS_BYTES),
  openSync: (file, flags, mode) => nodeFs.openSync(file, flags, mode),
  writeSync: (fd, data, offset, length) => nodeFs.writeSync(fd, data, offset, length),
  fsyncSync: (fd) => nodeFs.fsyncSync(fd),
  closeSync: (fd) => nodeFs.closeSync(fd),
  renameSync: (from, to) => nodeFs.renameSync(from, to),
  linkSync: (from, to) => nodeFs.linkSync(from, to),
  unlinkSync: (file) => nodeFs.unlinkSync(file),
  mkdirSync: (dir) => makeFolders(dir),
  copyFileExclSync: (from, to) => nodeFs.copyFileSync(from, to, nodeFs.constants.COPYFILE_EXCL),
  readdirSync: (dir) => nodeFs.readdirSync(dir),
  mtimeMs: (file) => nodeFs.statSync(file, { throwIfNoEntry: false })?.mtimeMs,
  assertWritable: (dir) => nodeFs.accessSync(dir, nodeFs.constants.W_OK),
};

/** Far beyond any real progress file (a full lab is tens of KiB): a larger one is not ours. */
export const MAX_PROGRESS_BYTES = 8 * 1024 * 1024;

function codedError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/**
 * Reads a regular file of at most `maxBytes`. A FIFO, a device or a link to one is refused before a
 * byte is read (reading /dev/zero never ends; opening a FIFO waits for a writer): code ENOTREG; too
 * large: code EFBIG.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  const fd = nodeFs.openSync(file, nodeFs.constants.O_RDONLY | nodeFs.constants.O_NONBLOCK);
  try {
    const stat = nodeFs.fstatSync(fd);
    if (stat.isDirectory()) throw codedError('EISDIR', `${file} is a folder`);
    if (!stat.isFile()) throw codedError('ENOTREG', `${file} is not a regular file`);
    if (stat.size > maxBytes) throw codedError('EFBIG', `${file} is larger than ${maxBytes} bytes`);
    return nodeFs.readFileSync(fd);
  } finally {
    nodeFs.closeSync(fd);
  }
}

/**
 * \`mkdir -p\` one folder at a time. Node 20's recursive mkdir loops forever (at 100% CPU, deaf to
 * Ctrl+C) where the kernel answers ENOENT for a folder whose parent exists, as /proc does; here that
 * answer is an error like any other.
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let at = path.resolve(dir); ; ) {
    const stat = nodeFs.statSync(at, { throwIfNoEntry: false });
    if (stat) {
      if (!stat.isDirectory()) throw codedError('ENOTDIR', `${at} is a file, not a folder`);
      break;
    }
    missing.unshift(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing) {
    try {
      nodeFs.mkdirSync(folder);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EEXIST') continue;
      if (code === 'ENOENT') throw codedError('ENOCREATE', `${folder} cannot be created there`);
      throw error;
    }
  }
}

const PLAIN_CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is in the way',
  ENOCREATE: 'this file system does not allow new folders (a system folder such as /proc?)',
  ENOTREG: 'not a regular file (a device, a FIFO or a link to one)',
  EFBIG: 'the file is far too large',
};

/** One readable line for a file-system error: its code and what it means, for the learner. */
export function describeFsError(error: unknown): string {
  if (typeof error === 'string') return error;
  const code = errorCode(error);
  const plain = PLAIN_CAUSES[code];
  if (plain) return `${code}: ${plain}`;
  return error instanceof Error ? error.message : String(error);
}

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}

let tempCounter = 0;

export function tempPathFor(file: string): string {
  tempCounter += 1;
  return `${file}.tmp-${process.pid}-${tempCounter}${Math.random().toString(36).slice(2, 8)}`;
}

/** `<file>.tmp-<pid>-…`: the pid of a temp file, so leftovers of dead processes can be found. */
export function tempOwner(file: string, name: string): number | undefined {
  const prefix = `${path.basename(file)}.tmp-`;
  if (!name.startsWith(prefix)) return undefined;
  const pid = Number.parseInt(name.slice(prefix.length), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Replaces `file` so that a reader (or a crash) sees either the old or the new content, never a
 * mix: write a temp file in the same folder, fsync it, rename it over the file, fsync the folder.
 */
export function writeFileAtomic(fs: FsLayer, file: string, text: string): void {
  const temp = tempPathFor(file);
  const data = Buffer.from(text, 'utf8');
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', 0o666);
    let written = 0;
    while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) ignore(() => fs.closeSync(fd as number));
    ignore(() => fs.unlinkSync(temp));
    throw error;
  }
  // Makes the rename itself durable; not possible everywhere (Windows), and not worth failing for.
  ignore(() => {
    const dirFd = fs.openSync(path.dirname(file), 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  });
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function sleepSync(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

/** A lock held longer than this belongs to a hung or dead process (a save takes milliseconds). */
const STALE_LOCK_MS = 5000;

/**
 * A best-effort lock around read-merge-write, so that two instances saving at the same moment
 * cannot both merge the same old file and drop each other's latest save. Returns the release
 * function. If the lock stays busy past `timeoutMs` (or cannot be created at all) the caller
 * proceeds unlocked: a save must never hang the app.
 */
export function acquireLock(fs: FsLayer, lockFile: string, timeoutMs: number): () => void {
  const start = Date.now();
  for (;;) {
    const taken = takeLock(fs, lockFile);
    if (taken === 'taken') return () => ignore(() => fs.unlinkSync(lockFile));
    if (taken === 'failed') return () => undefined;
    const state = lockState(fs, lockFile);
    if (state === 'gone') continue;
    if (state === 'stale') {
      // Only a crash leaves a stale lock. (Two instances recovering the same one at the same
      // instant could both get in; the cost is one save merged without the other's newest.)
      ignore(() => fs.unlinkSync(lockFile));
      continue;
    }
    if (Date.now() - start >= timeoutMs) return () => undefined;
    sleepSync(5);
  }
}

/**
 * The lock appears with its owner's pid already in it: the pid goes into a temp file that is then
 * hard-linked to the lock's name (atomic, and it fails if the lock exists). Created empty and written
 * after, a lock whose owner was killed in between could not be told from one being written. A kill
 * before the link leaves only a temp file, which the next start removes with the other dead temps.
 * Where hard links are not supported, the lock is created directly, as before.
 */
function takeLock(fs: FsLayer, lockFile: string): 'taken' | 'busy' | 'failed' {
  const temp = tempPathFor(lockFile.replace(/\.lock$/, ''));
  try {
    const fd = fs.openSync(temp, 'wx', 0o666);
    try {
      const pid = Buffer.from(String(process.pid));
      fs.writeSync(fd, pid, 0, pid.length);
    } finally {
      fs.closeSync(fd);
    }
    fs.linkSync(temp, lockFile);
    return 'taken';
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return 'busy';
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return takeLockDirectly(fs, lockFile);
    return 'failed';
  } finally {
    ignore(() => fs.unlinkSync(temp));
  }
}

function takeLockDirectly(fs: FsLayer, lockFile: string): 'taken' | 'busy' | 'failed' {
  try {
    const fd = fs.openSync(lockFile, 'wx', 0o666);
    ignore(() => {
      const pid = Buffer.from(String(process.pid));
      fs.writeSync(fd, pid, 0, pid.length);
    });
    ignore(() => fs.closeSync(fd));
    return 'taken';
  } catch (error) {
    return errorCode(error) === 'EEXIST' ? 'busy' : 'failed';
  }
}

/** A lock without a pid this old was abandoned: its owner writes the pid right after creating it. */
const EMPTY_LOCK_STALE_MS = 1000;

function lockState(fs: FsLayer, lockFile: string): 'held' | 'stale' | 'gone' {
  let text: string | undefined;
  try {
    text = fs.readFileSync(lockFile).toString('utf8');
  } catch (error) {
    // Released meanwhile: try again, and never unlink, since a new owner may have taken it since.
    if (errorCode(error) === 'ENOENT') return 'gone';
  }
  const mtime = ignore(() => fs.mtimeMs(lockFile));
  if (mtime === undefined) return 'gone';
  const age = Date.now() - mtime;
  if (age > STALE_LOCK_MS) return 'stale';
  const owner = text === undefined ? Number.NaN : Number.parseInt(text, 10);
  if (!Number.isInteger(owner)) return age > EMPTY_LOCK_STALE_MS ? 'stale' : 'held';
  // This process never holds the lock between calls, so a lock naming it is a previous run's.
  return owner === process.pid || !pidAlive(owner) ? 'stale' : 'held';
}

export function ignore<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
