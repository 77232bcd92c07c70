// Small helpers for the non-interactive commands. Nothing here may import React or Ink.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** A usage problem: the command prints one line on stderr and exits 2. */
export class UsageError extends Error {}

/** What a command reads at most: answers and batches are small; a larger input is a mistake. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * Reads a regular file or standard input ('-') as UTF-8, up to `maxBytes`. Anything else (a FIFO,
 * /dev/zero, a folder) is refused without being read: reading it could block or never end.
 */
export function readInput(source: string, maxBytes = MAX_INPUT_BYTES): string {
  const what = source === '-' ? 'standard input' : source;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer before we can refuse it.
    fd = source === '-' ? 0 : openSync(source, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw readError(what, error);
  }
  try {
    if (source !== '-') {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) throw new UsageError(`cannot read ${what}: it is a folder`);
      if (!stat.isFile()) throw new UsageError(`cannot read ${what}: not a regular file (give a file or - for standard input)`);
      if (stat.size > maxBytes) throw new UsageError(`cannot read ${what}: larger than ${formatBytes(maxBytes)}`);
    }
    return readCapped(fd, what, maxBytes);
  } finally {
    if (source !== '-') closeSync(fd);
  }
}

function readCapped(fd: number, what: string, maxBytes: number): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking standard input with nothing yet: wait the way a blocking read would.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw readError(what, error);
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new UsageError(`cannot read ${what}: larger than ${formatBytes(maxBytes)}`);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

function readError(what: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UsageError(`cannot read ${what}: no such file`);
  if (code === 'EISDIR') return new UsageError(`cannot read ${what}: it is a folder`);
  if (code === 'EACCES') return new UsageError(`cannot read ${what}: permission denied`);
  if (code === 'ELOOP') return new UsageError(`cannot read ${what}: a loop of symbolic links`);
  return new UsageError(`cannot read ${what}: ${(error as Error).message}`);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;
}

export function writeOut(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Strips terminal control sequences from text that came from a user before echoing it. */
export function inert(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) {
      out += code === 0x0a ? '\\n' : code === 0x09 ? '\\t' : `\\x${code.toString(16).padStart(2, '0')}`;
    } else if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
      out += `\\u${code.toString(16)}`;
    } else {
      out += ch;
    }
  }
  return out;
}
