// The review, end to end in a real terminal: Home's count, `lakeflow-lab review --cards 5`
// answered from the keyboard, the summary, and Home's count again afterwards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/build';
import { haveTmux, tempHome, Term } from '../support/tmux';

const tmux = haveTmux();
const COUNT = /Spaced review of what you learned · (\d+) due · (\d+) new/;

/** The footer: the last non-empty line on screen. */
function footer(screen: string): string {
  return screen.split('\n').filter((l) => l.trim() !== '').pop() ?? '';
}

/** Polls until the footer matches (the frame has settled on a card's question). */
async function footerOf(term: Term, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const keys = footer(term.screen());
    if (pattern.test(keys) || Date.now() > deadline) return keys;
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** What Home says about review, once it has counted (after its first frame). */
async function homeCount(term: Term): Promise<{ due: number; fresh: number; text: string }> {
  const match = COUNT.exec(await term.waitFor(COUNT));
  return { due: Number(match?.[1]), fresh: Number(match?.[2]), text: match?.[0] ?? '' };
}

async function quit(term: Term): Promise<void> {
  term.keys('q');
  await term.waitFor('[exit 0]');
  term.stop();
}

const terms: Term[] = [];
afterEach(() => {
  while (terms.length) terms.pop()?.stop();
});

describe.skipIf(!tmux)('lakeflow-lab review in a terminal (tmux)', () => {
  beforeAll(() => buildOnce(), 60_000);

  it('answers cards from the keyboard: intervals on the rating keys, an Again card back in the same session, undo, the summary, Home counts again', async () => {
    const home = tempHome();
    const open = (args: string[] = []): Term => {
      const term = new Term(home, 80, 24).start(args);
      terms.push(term);
      return term;
    };

    const first = open();
    const before = await homeCount(first);
    // 20 new cards a day by default.
    expect(before).toMatchObject({ due: 0, fresh: 20 });
    await quit(first);

    const review = open(['review', '--cards', '3']);
    const start = await review.waitFor('This session');
    expect(start).toContain('3 cards: misses and due cards first, then new ones');
    await review.pressUntil('Enter', /Card 1 · 2 more/);
    // The first card of a first session is the exam tip: reveal it, then rate it Again.
    const firstCard = await review.waitFor('Exam tip');
    const question = firstCard.split('\n')[3] ?? '';
    await footerOf(review, /show answer/);
    review.keys('Enter');
    const rateLine = await review.waitFor('How well did you know it?');
    // Each rating key shows when the card would come back (Anki's new-card steps).
    expect(rateLine).toMatch(/1 Again 1m\s+2 Hard 6m\s+3 Good 10m\s+4 Easy \d+d/);
    review.keys('1');
    await review.waitFor('[1 Again 1m]');
    review.keys('Enter');

    // Card 2: undo goes back to card 1, rated as it was.
    await review.waitFor('Card 2 · 2 more');
    await footerOf(review, /u undo/);
    review.keys('u');
    await review.waitFor(/Card 1 · 2 more[\s\S]*\[1 Again 1m\]/);
    review.keys('Enter');

    // Cards 2 and 3: answered whatever way, rated Easy, so they do not come back.
    for (const n of [2, 3]) {
      await review.waitFor(`Card ${n} · `);
      const keys = await footerOf(review, /show answer|Enter answer/);
      if (keys.includes('show answer')) review.keys('Enter');
      else if (keys.includes('leave field')) {
        review.type('x');
        await review.waitFor('Your answer: x');
        review.keys('Enter');
      } else review.keys('Enter');
      await review.waitFor(/Rating: |How well did you know it\?/);
      review.keys('4');
      await review.waitFor(/\[4 Easy \d+d\]/);
      review.keys('Enter');
    }

    // The Again card is back before the session ends.
    const back = await review.waitFor('Card 4 · 0 more');
    expect(back).toContain('Again: back for another try');
    expect(back).toContain(question.trim());
    await footerOf(review, /show answer/);
    review.keys('Enter');
    await review.waitFor('How well did you know it?');
    review.keys('4');
    await review.waitFor(/\[4 Easy \d+d\]/);
    review.keys('Enter');

    await review.waitFor('Session summary');
    expect(await footerOf(review, /Enter done/)).toMatch(/^Enter done/);
    const summary = review.screen();
    expect(summary).toMatch(/4 answers: \d right, \d wrong, \d graded yourself\./);
    expect(summary).toContain('Exam topic');
    for (const line of summary.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    await quit(review);

    const saved = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as { cards: Record<string, unknown> };
    expect(Object.keys(saved.cards)).toHaveLength(3);

    const again = open();
    const after = await homeCount(again);
    // Three of today's 20 new cards used; none due yet (Easy is days away).
    expect(after).toMatchObject({ due: 0, fresh: 17 });
    await quit(again);
  }, 60_000);

  it('runs a mock exam: no verdict while answering, the score per topic at the end, misses scheduled', async () => {
    const home = tempHome();
    const exam = new Term(home, 80, 24).start(['review', '--exam', '3']);
    terms.push(exam);
    const start = await exam.waitFor('Press Enter to start the clock.');
    expect(start).toContain('3 questions across');
    await exam.pressUntil('Enter', /Question 1\/3 .* left/);
    for (const n of [1, 2, 3]) {
      const screen = await exam.waitFor(`Question ${n}/3`);
      expect(screen).toMatch(/\d+:\d\d left/);
      // The body says which kind of question it is (the footer follows a frame later).
      const typed = screen.includes('Your answer:');
      await footerOf(exam, typed ? /leave field/ : /move\s+Enter answer/);
      if (typed) {
        exam.type('x');
        await exam.waitFor('Your answer: x');
      }
      exam.keys('Enter');
      if (n < 3) {
        const next = await exam.waitFor(`Question ${n + 1}/3`);
        // No feedback until the end.
        expect(next).not.toMatch(/Correct|Not quite|Rating:/);
      }
    }
    const results = await exam.waitFor('Mock exam results');
    const score = /Score: (\d)\/3 \(\d+%\), 3 answered\./.exec(results);
    expect(score).not.toBeNull();
    expect(results).toContain('Exam topic');
    for (const line of results.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    await quit(exam);
    const saved = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as { cards: Record<string, unknown> };
    expect(Object.keys(saved.cards)).toHaveLength(3 - Number(score?.[1]));
  }, 60_000);
});

if (!tmux) {
  describe('lakeflow-lab review in a terminal', () => {
    it.skip('needs tmux, which is not installed: the end-to-end review test did not run', () => undefined);
  });
}
