// Small helpers for the non-interactive commands. Nothing here may import React or Ink.
import { readFileSync } from 'node:fs';

/** A usage problem: the command prints one line on stderr and exits 2. */
export class UsageError extends Error {}

export function readInput(source: string): string {
  try {
    return source === '-' ? readFileSync(0, 'utf8') : readFileSync(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = source === '-' ? 'standard input' : source;
    if (code === 'ENOENT') throw new UsageError(`cannot read ${what}: no such file`);
    if (code === 'EISDIR') throw new UsageError(`cannot read ${what}: it is a folder`);
    if (code === 'EACCES') throw new UsageError(`cannot read ${what}: permission denied`);
    throw new UsageError(`cannot read ${what}: ${(error as Error).message}`);
  }
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
