// The whole App on the real lab, opened on the drill with an injected clock, a temp results
// folder and the in-memory progress session, so a test can run a drill from the lobby to the results.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { DrillResult } from '../../../src/drill/result-file';
import { drillSettings, type DrillOptions, type DrillSettings } from '../../../src/drill/settings';
import { validateDrillResult } from '../../../src/drill/validate';
import { LAB08 } from '../../../src/lessons/lab08';
import { App } from '../../../src/screens/App';
import { DrillEnvContext, type Clock, type DrillEnv } from '../../../src/screens/drill/env';
import type { ResultFiles } from '../../../src/screens/drill/controller';
import { SessionContext, type ProgressSession } from '../../../src/screens/session';
import { createTheme, ThemeContext } from '../../../src/screens/theme';
import { renderAt, visibleLines } from '../helpers';
import { memorySession } from '../../support/memory-session';
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

/** A progress session whose saved learner name is `name`. */
export function sessionWithName(name: string | null = null): ProgressSession {
  const { session } = memorySession(name === null ? {} : { progress: { learner: { name, updatedAt: 1 } } });
  return session;
}

/** The drill's misses in the session, in the order they were first recorded, with the last typed text. */
export function drillMisses(session: ProgressSession): Array<{ blankId: string; typed: string }> {
  return Object.entries(session.get().misses)
    .filter(([, miss]) => (miss.bySource.drill ?? 0) > 0)
    .map(([blankId, miss]) => ({ blankId, typed: miss.recent.at(-1)?.answer ?? '' }));
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

export function renderDrill(
  opts: { options?: DrillOptions; env?: Partial<DrillEnv>; session?: ProgressSession; out?: string; columns?: number; rows?: number } = {},
) {
  const out = opts.out ?? tempDir();
  const clock = new ManualClock();
  const session = opts.session ?? sessionWithName();
  const settings = settingsFor(opts.options ?? {}, out);
  const env: DrillEnv = { settings, clock, appVersion: 'test', ...opts.env };
  const r = renderAt(
    <ThemeContext.Provider value={createTheme({ noColor: false })}>
      <SessionContext.Provider value={session}>
        <DrillEnvContext.Provider value={env}>
          <App lab={LAB08} initial={{ name: 'drill' }} onExit={vi.fn()} />
        </DrillEnvContext.Provider>
      </SessionContext.Provider>
    </ThemeContext.Provider>,
    { columns: opts.columns ?? 80, rows: opts.rows ?? 24 },
  );
  return { ...r, clock, session, out, settings };
}

/** The footer is the last non-empty line of the frame. */
export function footerOf(frame: string): string {
  const lines = visibleLines(frame).filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? '';
}
