// Real processes against a real folder: SIGKILL at random moments, two processes saving at
// once, and the exit/signal hooks. The child is test/progress/fixtures/saver.ts, bundled here.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { openProgressStore, parseProgressText, type Progress } from '../../src/progress';
import { filesLike, tempDir } from './helpers';

let saverJs = '';

beforeAll(async () => {
  saverJs = join(tempDir(), 'saver.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./fixtures/saver.ts', import.meta.url))],
    outfile: saverJs,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
});

interface Saver {
  child: ChildProcess;
  /** Numbers printed so far: saves that completed. */
  saves: number[];
  stderr: () => string;
  waitForOutput: (test: (lines: string[]) => boolean) => Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startSaver(dir: string, env: Record<string, string>): Saver {
  const child = spawn(process.execPath, [saverJs], {
    env: { ...process.env, LAKEFLOW_LAB_HOME: dir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  let errors = '';
  const waiters: Array<() => void> = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    for (const wake of waiters.splice(0)) wake();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => {
      for (const wake of waiters.splice(0)) wake();
      resolve({ code, signal });
    });
  });
  const saves: number[] = [];
  return {
    child,
    get saves() {
      saves.splice(0, saves.length, ...lines.filter((l) => /^\d+$/.test(l)).map(Number));
      return saves;
    },
    stderr: () => errors,
    waitForOutput: async (test) => {
      while (!test(lines) && child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    exited,
  };
}

function readSaved(dir: string): Progress {
  const parsed = parseProgressText(readFileSync(join(dir, 'progress.json'), 'utf8'));
  if (parsed.kind !== 'ok') throw new Error(`progress.json is ${parsed.kind}`);
  expect(parsed.issues).toEqual([]);
  return parsed.progress;
}

describe('SIGKILL at random moments', () => {
  it('always leaves a file that parses and is at most one save behind', async () => {
    const dir = tempDir();
    let kills = 0;
    for (let round = 0; round < 6; round++) {
      // 100 KB per save written slowly in pieces: most kills land in the middle of a write.
      const saver = startSaver(dir, { SAVER_PAD: '100000', SAVER_SLOW_WRITE: '1' });
      const target = 1 + Math.floor(Math.random() * 12);
      await saver.waitForOutput((lines) => lines.length >= target);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 8));
      saver.child.kill('SIGKILL');
      const { signal, code } = await saver.exited;
      expect(saver.stderr()).toBe('');
      expect(signal ?? code).toBe('SIGKILL');
      kills += 1;

      const last = Math.max(...saver.saves);
      const onDisk = Number(readSaved(dir).tasks['practice.1']?.answers[0]);
      // A save that returned is on disk; one more may have landed before the kill.
      expect(onDisk).toBeGreaterThanOrEqual(last);
      expect(onDisk).toBeLessThanOrEqual(last + 1);
      expect(filesLike(dir, /corrupt|backup/)).toEqual([]);
    }
    expect(kills).toBe(6);

    // Whatever the kills left behind (temp files, a lock) is cleaned up by the next start.
    const store = openProgressStore({ dir });
    expect(store.warnings.filter((w) => w.code !== 'recovered')).toEqual([]);
    const before = Number(store.get().tasks['practice.1']?.answers[0]);
    store.setAnswers('practice.2', ['after the crashes']);
    expect(store.flush()).toBe(true);
    store.close();
    expect(filesLike(dir, /\.tmp-|\.lock$/)).toEqual([]);
    expect(Number(readSaved(dir).tasks['practice.1']?.answers[0])).toBe(before);
  });
});

describe('two processes saving at the same time', () => {
  it('keep every last save of both (lock + merge on each save)', async () => {
    const dir = tempDir();
    const env = { SAVER_MAX: '80', SAVER_PAD: '10000' };
    const one = startSaver(dir, { ...env, SAVER_TASK: 'practice.1' });
    const two = startSaver(dir, { ...env, SAVER_TASK: 'practice.2' });
    const [a, b] = await Promise.all([one.exited, two.exited]);
    expect(one.stderr() + two.stderr()).toBe('');
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(one.saves.at(-1)).toBe(80);
    expect(two.saves.at(-1)).toBe(80);
    const saved = readSaved(dir);
    expect(saved.tasks['practice.1']?.answers[0]).toBe('80');
    expect(saved.tasks['practice.2']?.answers[0]).toBe('80');
    expect(filesLike(dir, /\.tmp-|\.lock$/)).toEqual([]);
  });
});

describe('process hooks', () => {
  it('process.exit() saves what was only scheduled', async () => {
    const dir = tempDir();
    const saver = startSaver(dir, { SAVER_MODE: 'exit' });
    const { code } = await saver.exited;
    expect(saver.stderr()).toBe('');
    expect(code).toBe(0);
    expect(readSaved(dir).tasks['practice.1']?.answers).toEqual(['saved by the exit hook']);
  });

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('%s saves, then still ends the process', async (sig) => {
    const dir = tempDir();
    const saver = startSaver(dir, { SAVER_MODE: 'signal' });
    await saver.waitForOutput((lines) => lines.includes('ready'));
    saver.child.kill(sig);
    const { signal } = await saver.exited;
    expect(saver.stderr()).toBe('');
    expect(signal).toBe(sig);
    expect(readSaved(dir).tasks['practice.1']?.answers).toEqual(['saved by the signal hook']);
  });
});
