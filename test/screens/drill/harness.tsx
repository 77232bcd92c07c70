// The whole App on the real lab, opened on the drill with an injected clock, a temp results
// folder and an in-memory progress port, so a test can run a drill from the lobby to the results.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { DrillResult } from '../../../src/drill/result-file';
import { drillSettings, type DrillOptions, type DrillSettings } from '../../../src/drill/settings';
import { validateDrillResult } from '../../../src/drill/validate';
import { LAB08 } from '../../../src/lessons/lab08';
import { App } from '../../../src/screens/App';
import { drillComponent } from '../../../src/screens/drill/entry';
import type { Clock, DrillEnv } from '../../../src/screens/drill/env';
import type { DrillPort, ResultFiles } from '../../../src/screens/drill/controller';
import { registry } from '../../../src/screens/registry';
import { createMemoryStore } from '../../../src/screens/store-port';
import { createTheme, ThemeContext } from '../../../src/screens/theme';
import { renderAt, visibleLines } from '../helpers';
import { tempDir as tempFolder } from '../../support/temp';

export class ManualClock implements Clock {
  private readonly timers = new Set<() => void>();
  constructor(public t = Date.parse('2026-03-14T10:00:00.000Z')) {}
  now = (): number => this.t;
  every = (_ms: number, fn: () => void): (() => void) => {
    this.timers.add(fn);
    return () => {
      this.timers.delete(fn);
    };
  };
  /** Moves time on and runs the interval callbacks once, as the real interval would. */
  advance(ms: number): void {
    this.t += ms;
    for (const fn of [...this.timers]) fn();
  }
  get running(): number {
    return this.timers.size;
  }
}

export interface MemoryPort extends DrillPort {
  name: string | null;
  misses: Array<{ blankId: string; typed: string }>;
}

export function memoryPort(name: string | null = null): MemoryPort {
  const port: MemoryPort = {
    name,
    misses: [],
    learnerName: () => port.name,
    setLearner: (n) => {
      port.name = n;
    },
    recordMiss: (blankId, typed) => {
      port.misses.push({ blankId, typed });
    },
  };
  return port;
}

export function tempDir(): string {
  return tempFolder('llt-drill-');
}

export function settingsFor(options: DrillOptions, out: string): DrillSettings {
  const parsed = drillSettings({ ...options, out }, { dataDir: out, randomSeed: () => 'abc234' });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.settings;
}

/** Result files in `dir`, read and validated (the instructor's report would accept them). */
export function readResults(dir: string): Array<{ file: string; result: DrillResult }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
    .map((file) => {
      const data: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const checked = validateDrillResult(data);
      if (!checked.ok) throw new Error(`${file} is not a valid result: ${checked.reason}`);
      return { file, result: checked.result };
    });
}

/** Counts the writes, on top of the real result-file module. */
export function countingFiles(real: ResultFiles): ResultFiles & { creates: number; saves: number } {
  const files = {
    creates: 0,
    saves: 0,
    create(dir: string, result: DrillResult) {
      files.creates++;
      return real.create(dir, result);
    },
    save(path: string, result: DrillResult) {
      files.saves++;
      real.save(path, result);
    },
  };
  return files;
}

export function renderDrill(opts: { options?: DrillOptions; env?: Partial<DrillEnv>; port?: MemoryPort; out?: string; columns?: number; rows?: number } = {}) {
  const out = opts.out ?? tempDir();
  const clock = new ManualClock();
  const port = opts.port ?? memoryPort();
  const settings = settingsFor(opts.options ?? {}, out);
  const env: DrillEnv = { settings: () => settings, clock, port, appVersion: 'test', ...opts.env };
  const r = renderAt(
    <ThemeContext.Provider value={createTheme({ noColor: false })}>
      <App
        lab={LAB08}
        store={createMemoryStore()}
        initial={{ name: 'drill' }}
        onExit={vi.fn()}
        screens={{ drill: { ...registry.drill, component: drillComponent(env) } }}
      />
    </ThemeContext.Provider>,
    { columns: opts.columns ?? 80, rows: opts.rows ?? 24 },
  );
  return { ...r, clock, port, out, settings };
}

/** The footer is the last non-empty line of the frame. */
export function footerOf(frame: string): string {
  const lines = visibleLines(frame).filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? '';
}
