// Render Ink trees against fake terminal streams of a chosen size (ink-testing-library's
// stdout is fixed at 100 columns and has no rows), and drive them with key sequences.

import { EventEmitter } from 'node:events';
import { render } from 'ink';
import type { ReactElement } from 'react';
import stringWidth from 'string-width';
import { vi } from 'vitest';

export class FakeStdout extends EventEmitter {
  frames: string[] = [];
  isTTY = false;
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string): boolean => {
    this.frames.push(frame);
    return true;
  };
  lastFrame = (): string => this.frames[this.frames.length - 1] ?? '';
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

export class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string): void => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = (): string | null => {
    const d = this.data;
    this.data = null;
    return d;
  };
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  esc: '\u001B',
  tab: '\t',
  pageDown: '\u001B[6~',
  pageUp: '\u001B[5~',
  home: '\u001B[H',
  end: '\u001B[F',
  ctrlC: '\u0003',
  backspace: '\u007F',
} as const;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Every SGR colour parameter: 30–37, 39, 40–47, 49, 90–97, 100–107, 38;… and 48;… */
export function hasColourCodes(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  for (const m of text.matchAll(/\u001B\[([0-9;]*)m/g)) {
    const params = (m[1] ?? '').split(';').map(Number);
    for (const p of params) {
      if ((p >= 30 && p <= 49) || (p >= 90 && p <= 107)) return true;
    }
  }
  return false;
}

export function visibleLines(frame: string): string[] {
  return stripAnsi(frame).split('\n');
}

export function widestLine(frame: string): number {
  return Math.max(0, ...visibleLines(frame).map((l) => stringWidth(l)));
}

/** Let Ink deliver a lone Esc (flushed on setImmediate) and React commit. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((r) => setImmediate(r));
}

export function renderAt(tree: ReactElement, size: { columns?: number; rows?: number } = {}) {
  const stdout = new FakeStdout(size.columns ?? 80, size.rows ?? 24);
  const stdin = new FakeStdin();
  const stderr = new FakeStdout(size.columns ?? 80, size.rows ?? 24);
  const instance = render(tree, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const frame = (): string => stripAnsi(stdout.lastFrame());
  return {
    stdout,
    stdin,
    instance,
    /** The last frame without ANSI codes. */
    frame,
    rawFrame: (): string => stdout.lastFrame(),
    async press(...keys: string[]): Promise<void> {
      for (const k of keys) {
        stdin.write(k);
        await settle();
      }
    },
    /** Wait (up to 1 s) until the frame contains `text`. */
    async waitFor(text: string): Promise<string> {
      await vi.waitFor(
        () => {
          if (!frame().includes(text)) throw new Error(`frame does not contain ${JSON.stringify(text)}:\n${frame()}`);
        },
        { timeout: 1000, interval: 5 },
      );
      return frame();
    },
    unmount: (): void => instance.unmount(),
  };
}
