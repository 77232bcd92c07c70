// The mock exam screen with ink-testing-library: start panel, questions with the clock and no
// verdict, results by topic; every frame within 80x24, and no colour codes under NO_COLOR.
import chalk from 'chalk';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LAB08 } from '../../../src/lessons/lab08';
import { buildExam } from '../../../src/review/exam';
import { loadReviewCore } from '../../../src/screens/review/core';
import { hasColourCodes, KEY, widestLine } from '../helpers';
import { footerOf, renderReviewApp, waitForFooter, type Harness } from './harness';

beforeAll(async () => {
  chalk.level = 3;
  await loadReviewCore();
});

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
});

function open(...args: Parameters<typeof renderReviewApp>): Harness {
  const h = renderReviewApp(...args);
  mounted.push(h.unmount);
  return h;
}

const SEED = 11;

describe('mock exam screen', () => {
  for (const noColor of [false, true]) {
    it(`answers every question without a verdict, then scores by topic (80x24${noColor ? ', NO_COLOR' : ''})`, async () => {
      const questions = buildExam({ lab: LAB08, seed: SEED, questions: 4 });
      const h = open({ initial: { name: 'review', exam: 4, seed: SEED }, noColor });
      await h.waitFor('Press Enter to start the clock.');
      expect(footerOf(h.frame())).toMatch(/^Enter start/);
      expect(footerOf(h.frame())).not.toContain('cram');
      await h.press(KEY.enter);
      for (const [i, q] of questions.entries()) {
        await h.waitFor(`Question ${i + 1}/4`);
        expect(h.frame()).toMatch(/\d+:\d\d left/);
        // Right answers for even questions, wrong for odd ones.
        const right = q.judge('').expected;
        if (q.kind === 'choice') {
          await waitForFooter(h, /Enter answer/);
          const pick = i % 2 === 0 ? q.options.indexOf(right) : q.options.findIndex((o) => !q.judge(o).correct);
          await h.press(String(pick + 1), KEY.enter);
        } else {
          await waitForFooter(h, /leave field/);
          await h.press(i % 2 === 0 ? right : 'no idea', KEY.enter);
        }
        expect(h.frame()).not.toMatch(/Correct|Not quite|Rating:/);
      }
      const results = await h.waitFor('Mock exam results');
      expect(results).toContain('Score: 2/4 (50%), 4 answered.');
      expect(results).toContain('Missed (2)');
      expect(Object.keys(h.progress.get().cards).sort()).toEqual([questions[1]?.scheduleId, questions[3]?.scheduleId].sort());
      for (const frame of h.frames()) {
        expect(widestLine(frame)).toBeLessThanOrEqual(80);
        expect(frame.split('\n').length).toBeLessThanOrEqual(24);
        if (noColor) expect(hasColourCodes(frame)).toBe(false);
      }
      await h.press(KEY.enter);
      await h.waitFor('Spaced review of what you learned');
    });
  }
});
