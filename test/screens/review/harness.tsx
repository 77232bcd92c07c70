// Renders the whole App on the real lab with an in-memory progress session, and answers review
// cards the way a learner would: reading the frame to see what kind of card is up.

import { vi } from 'vitest';
import { LAB08 } from '../../../src/lessons/lab08';
import { App } from '../../../src/screens/App';
import { footerHints, type Command, type Scope } from '../../../src/screens/keys';
import type { Screen } from '../../../src/screens/nav';
import type { Progress } from '../../../src/progress';
import { SessionContext } from '../../../src/screens/session';
import { createTheme, ThemeContext } from '../../../src/screens/theme';
import { memorySession, type MemorySession } from '../../support/memory-session';
import { KEY, renderAt, visibleLines } from '../helpers';

export interface Harness extends ReturnType<typeof renderAt> {
  progress: MemorySession['session'];
  /** How many times the review saved at once (flush), rather than on the debounce. */
  flushes: () => number;
  /** Every frame drawn so far, raw (with escape codes). */
  frames: () => string[];
}

export function renderReviewApp(
  opts: {
    initial?: Screen;
    progress?: Partial<Progress>;
    noColor?: boolean;
    columns?: number;
    rows?: number;
  } = {},
): Harness {
  const { session } = memorySession(opts.progress ? { progress: opts.progress } : {});
  const flush = vi.spyOn(session, 'flush');
  const r = renderAt(
    <ThemeContext.Provider value={createTheme({ noColor: opts.noColor ?? false })}>
      <SessionContext.Provider value={session}>
        <App lab={LAB08} initial={opts.initial} onExit={vi.fn()} />
      </SessionContext.Provider>
    </ThemeContext.Provider>,
    { columns: opts.columns ?? 80, rows: opts.rows ?? 24 },
  );
  return { ...r, progress: session, flushes: () => flush.mock.calls.length, frames: () => r.stdout.frames };
}

/** The footer is the last non-empty line of the frame. */
export function footerOf(frame: string): string {
  const lines = visibleLines(frame).filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? '';
}

export function hintText(scopes: readonly Scope[], omit: readonly Command[] = []): string {
  return footerHints(scopes, omit)
    .map((h) => `${h.keys} ${h.label}`)
    .join('  ');
}

/** Waits until the footer says what can be done next (the frame has settled on a phase). */
export async function waitForFooter(h: Harness, pattern: RegExp): Promise<string> {
  await vi.waitFor(
    () => {
      if (!pattern.test(footerOf(h.frame()))) throw new Error(`footer is not ${pattern}:\n${h.frame()}`);
    },
    { timeout: 2000, interval: 5 },
  );
  return h.frame();
}

/**
 * Answers the card on screen without knowing it: first option, or `typed` in the field, keeping
 * the suggested rating; a self-graded card is rated Easy (it does not come back this session).
 */
export async function answerBlindly(h: Harness, typed = 'no idea'): Promise<void> {
  const footer = footerOf(h.frame());
  if (footer.includes('show answer')) {
    await h.press(KEY.enter);
    await waitForFooter(h, /Enter next/);
    await h.press('4');
  } else if (footer.includes('leave field')) {
    await h.press(typed, KEY.enter);
  } else {
    await h.press(KEY.enter);
  }
  await waitForFooter(h, /Enter next/);
  await h.press(KEY.enter);
}
