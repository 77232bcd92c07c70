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

  it('answers 5 cards from the keyboard, shows the summary, and Home counts again', async () => {
    const home = tempHome();
    const open = (args: string[] = []): Term => {
      const term = new Term(home, 80, 24).start(args);
      terms.push(term);
      return term;
    };

    const first = open();
    const before = await homeCount(first);
    expect(before).toMatchObject({ due: 0, fresh: 46 });
    await quit(first);

    const review = open(['review', '--cards', '5']);
    const start = await review.waitFor('This session');
    expect(start).toContain('5 cards: misses and due cards first, then new ones');
    review.keys('Enter');
    for (let n = 1; n <= 5; n++) {
      await review.waitFor(`Card ${n}/5 `);
      const keys = await footerOf(review, /show answer|Enter answer/);
      if (keys.includes('show answer')) {
        review.keys('Enter');
        await review.waitFor('How well did you know it?');
        review.keys('3');
      } else if (keys.includes('leave field')) {
        review.type('0 6 * * *');
        await review.waitFor('Your answer: 0 6 * * *');
        review.keys('Enter');
      } else {
        review.keys('2');
        await review.waitFor('› 2.');
        review.keys('Enter');
      }
      await review.waitFor(/Rating: .*\[\d (Again|Hard|Good|Easy)\]/);
      review.keys('Enter');
    }
    await review.waitFor('Session summary');
    // The footer follows one frame after the body (it is set from an effect).
    expect(await footerOf(review, /Enter done/)).toMatch(/^Enter done/);
    const summary = review.screen();
    expect(summary).toMatch(/5 cards: \d right, \d wrong, \d graded yourself\./);
    expect(summary).toContain('Exam topic');
    expect(summary).toContain('Trigger types');
    await quit(review);

    const saved = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as { cards: Record<string, unknown> };
    expect(Object.keys(saved.cards)).toHaveLength(5);

    const again = open();
    const after = await homeCount(again);
    // Five cards are no longer new. None is due yet: even an Again comes back after a minute.
    expect(after).toMatchObject({ due: 0, fresh: 41 });
    expect(after.text).not.toBe(before.text);
    await quit(again);
  }, 30_000);
});

if (!tmux) {
  describe('lakeflow-lab review in a terminal', () => {
    it.skip('needs tmux, which is not installed: the end-to-end review test did not run', () => undefined);
  });
}
