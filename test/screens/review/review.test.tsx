import chalk from 'chalk';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LAB08 } from '../../../src/lessons/lab08';
import { buildSession, catalog, readState, TOPIC_TITLES, type Card } from '../../../src/review';
import { KEYS, keyLabel } from '../../../src/screens/keys';
import { loadReviewCore } from '../../../src/screens/review/core';
import { footerFor } from '../../../src/screens/review/phase';
import { hasColourCodes, KEY, widestLine } from '../helpers';
import { answerBlindly, footerOf, hintText, renderReviewApp, waitForFooter, type Harness } from './harness';

beforeAll(async () => {
  // Force colour so the NO_COLOR test means something (no TTY here), and load the review core
  // once: the screen imports it on demand, and a cold import can take longer than a key press.
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

const SEED = 7;
const footerText = (view: Parameters<typeof footerFor>[0], scrollable = false, canUndo = false): string => {
  const spec = footerFor(view, scrollable, { canUndo });
  return hintText(spec.scopes, spec.omit);
};

/** The session the screen draws for a fresh learner with this seed (same core, same inputs). */
function expectedSession(cards: number): Card[] {
  return buildSession({ lab: LAB08, progress: { cards: {}, misses: {} }, now: new Date(), seed: SEED, cards }).cards;
}

/**
 * Answers the card on screen correctly, checking the verdict, and rates it Easy: a new card
 * rated Easy leaves the learning steps at once, so it does not come back in this session.
 */
async function answerRight(h: Harness, card: Card): Promise<void> {
  if (card.kind === 'self') {
    await waitForFooter(h, /show answer/);
    await h.press(KEY.enter);
    await h.waitFor('How well did you know it?');
  } else if (card.kind === 'choice') {
    await waitForFooter(h, /Enter answer/);
    const right = card.options.findIndex((o) => card.judge(o).correct);
    await h.press(String(right + 1), KEY.enter);
    await h.waitFor('✓ Correct');
  } else {
    await waitForFooter(h, /leave field/);
    await h.press(card.judge('').expected, KEY.enter);
    await h.waitFor('✓ Correct');
  }
  await waitForFooter(h, /Enter next/);
  await h.press(keyLabel(KEYS.rateEasy.keys[0]));
  await h.waitFor('[4 Easy ');
  await h.press(KEY.enter);
}

describe('review session', () => {
  it('runs 5 cards (self, choice, typed), saves each one, and ends with a summary by topic', async () => {
    const cards = expectedSession(5);
    expect(new Set(cards.map((c) => c.kind))).toEqual(new Set(['self', 'choice', 'typed']));
    const h = open({ initial: { name: 'review', cards: 5, seed: SEED } });

    const start = await h.waitFor('This session');
    expect(start).toContain('5 cards: misses and due cards first, then new ones');
    expect(start).toMatch(/Due now\s+0 cards/);
    expect(footerOf(start)).toBe(footerText('start'));
    await h.press(KEY.enter);

    for (const [i, card] of cards.entries()) {
      await h.waitFor(`Card ${i + 1} · ${4 - i} more`);
      expect(h.frame()).toContain(TOPIC_TITLES[card.topic]);
      await answerRight(h, card);
      // Saved as soon as it was rated, before the session ends.
      expect(readState(h.progress.get().cards[card.scheduleId]?.state)?.reps).toBe(1);
    }

    const summary = await h.waitFor('Session summary');
    expect(summary).toContain('5 answers: 4 right, 0 wrong, 1 graded yourself.');
    for (const topic of new Set(cards.map((c) => c.topic))) expect(summary).toContain(TOPIC_TITLES[topic]);
    expect(summary).toContain('No topic gave you trouble this time.');
    expect(footerOf(summary)).toBe(footerText('summary'));
    expect(Object.keys(h.progress.get().cards).sort()).toEqual(cards.map((c) => c.scheduleId).sort());
    expect(h.flushes()).toBeGreaterThanOrEqual(1);

    // Enter closes the summary: Home is below the review screen.
    await h.press(KEY.enter);
    await h.waitFor('Spaced review of what you learned');
  });

  it('suggests Again for a wrong answer, lets the learner override it, and stores one review', async () => {
    const [first] = expectedSession(2).filter((c) => c.kind === 'choice');
    expect(first).toBeDefined();
    const card = first as Extract<Card, { kind: 'choice' }>;
    const h = open({ initial: { name: 'review', cards: 2, seed: SEED } });
    await h.waitFor('This session');
    await h.press(KEY.enter);
    await answerBlindly(h); // the exam tip (self-graded) comes first
    await h.waitFor('Card 2 · 0 more');

    expect(h.frame()).toContain('› 1.');
    await h.press(KEY.down);
    await h.waitFor('› 2.');
    await h.press('k');
    await h.waitFor('› 1.');
    const wrong = card.options.findIndex((o) => !card.judge(o).correct);
    await h.press(String(wrong + 1));
    await h.waitFor(`› ${wrong + 1}.`);
    await h.press(KEY.enter);
    const answered = await h.waitFor('✗ Not quite');
    // Each rating key shows when the card would come back.
    expect(answered).toMatch(/Rating: \[1 Again 1m\]\s+2 Hard 6m\s+3 Good 10m\s+4 Easy \d+d/);
    expect(answered).toContain('from your answer');
    // The verdict names the right option once (no separate "Expected:" line then).
    expect(answered).toContain(`The answer is: ${card.judge('').expected}.`);
    expect(answered).not.toContain('Expected:');
    const rated = readState(h.progress.get().cards[card.scheduleId]?.state);
    expect(rated?.reps).toBe(1);

    await h.press(keyLabel(KEYS.rateHard.keys[0]));
    const overridden = await h.waitFor('[2 Hard 6m]');
    expect(overridden).toContain('(suggested: Again)');
    const after = readState(h.progress.get().cards[card.scheduleId]?.state);
    // Replaced, not reviewed twice.
    expect(after?.reps).toBe(1);
    expect(after?.lapses).toBe(0);
    expect(after?.due.getTime()).not.toBe(rated?.due.getTime());
  });

  it('keeps the answered cards when the learner leaves mid-session', async () => {
    const h = open({ initial: { name: 'review', cards: 5, seed: SEED } });
    await h.waitFor('This session');
    await h.press(KEY.enter);
    await answerBlindly(h);
    await answerBlindly(h);
    await h.waitFor('Card 3 · ');
    const flushesBefore = h.flushes();
    // Card 3 is a typed card: the first Esc leaves its field, the second the screen.
    await waitForFooter(h, /leave field/);
    await h.press(KEY.esc);
    await waitForFooter(h, /Tab type/);
    await h.press(KEY.esc);
    await h.waitFor('Spaced review of what you learned');
    expect(Object.keys(h.progress.get().cards)).toHaveLength(2);
    expect(h.flushes()).toBeGreaterThan(flushesBefore);
  });

  it('a typed card keeps q and ? as text; Esc leaves the field and Tab comes back', async () => {
    const typed = expectedSession(5).findIndex((c) => c.kind === 'typed');
    const h = open({ initial: { name: 'review', cards: 5, seed: SEED } });
    await h.waitFor('This session');
    await h.press(KEY.enter);
    for (let i = 0; i < typed; i++) await answerBlindly(h);
    const field = await waitForFooter(h, /leave field/);
    expect(footerOf(field)).toBe(footerText('typed-field'));
    await h.press('q?');
    await h.waitFor('Your answer: q?');
    await h.press(KEY.esc);
    const left = await waitForFooter(h, /Tab type/);
    expect(footerOf(left)).toBe(footerText('typed', false, true));
    await h.press(KEY.tab, KEY.backspace, KEY.backspace, 'x');
    await h.waitFor('Your answer: x');
    expect(h.frame()).toContain(`Card ${typed + 1} · `);
  });
});

describe('Home', () => {
  const blanks = catalog(LAB08)
    .filter((m) => m.blankId !== undefined)
    .slice(0, 3)
    .map((m) => m.blankId as string);
  const misses = Object.fromEntries(
    blanks.map((id) => [id, { count: 2, bySource: { practice: 2 }, recent: [], sources: ['practice' as const], updatedAt: Date.now() - 60_000 }]),
  );

  it('shows the due count after its first render, and a new count after a session', async () => {
    const h = open({ progress: { misses } });
    // The first frame is drawn before the review core is asked for the count.
    expect(h.stdout.frames[0]).toContain('Spaced review of what you learned');
    expect(h.stdout.frames[0]).not.toContain('due');
    // New cards: 20 a day by default; the three due misses are not counted again as new.
    await h.waitFor('Spaced review of what you learned · 3 due · 20 new');

    await h.press(KEY.down, KEY.down, KEY.down, KEY.down, KEY.enter);
    const start = await h.waitFor('This session');
    expect(start).toContain('3 cards, all missed in practice or drills');
    await h.press(KEY.enter);
    for (let i = 0; i < 3; i++) await answerBlindly(h, 'nope');
    await h.waitFor('Card 4 · ');
    await h.press(KEY.esc);
    // The misses were reviewed (whatever the answers) and are back in a minute; three of
    // today's 20 new cards are used.
    await h.waitFor('Spaced review of what you learned · 0 due · 17 new');
  });
});

describe('layout', () => {
  it('fits 80 columns and 24 rows at every step of a session, with the footer from the key table', async () => {
    const cards = expectedSession(5);
    const h = open({ initial: { name: 'review', cards: 5, seed: SEED } });
    await h.waitFor('This session');
    await h.press(KEY.enter);
    for (const card of cards) await answerRight(h, card);
    await h.waitFor('Session summary');
    const frames = h.frames();
    expect(frames.length).toBeGreaterThan(10);
    for (const frame of frames) {
      expect(widestLine(frame)).toBeLessThanOrEqual(80);
      expect(frame.split('\n').length).toBeLessThanOrEqual(24);
    }
  });

  it('shows the answered card from the verdict on, and fits a narrow terminal', async () => {
    const h = open({ initial: { name: 'review', cards: 3, seed: SEED }, columns: 50, rows: 16 });
    await h.waitFor('This session');
    await h.press(KEY.enter);
    await answerBlindly(h);
    await answerBlindly(h);
    await waitForFooter(h, /leave field/);
    await h.press('wrong', KEY.enter);
    const answered = await h.waitFor('✗ Not quite');
    expect(answered).toContain('[1 Again 1m]');
    for (const frame of h.frames()) expect(widestLine(frame)).toBeLessThanOrEqual(50);
  });

  it('prints no colour codes with NO_COLOR', async () => {
    const cards = expectedSession(5);
    const h = open({ initial: { name: 'review', cards: 5, seed: SEED }, noColor: true });
    await h.waitFor('This session');
    await h.press(KEY.enter);
    for (const card of cards) await answerRight(h, card);
    await h.waitFor('Session summary');
    for (const frame of h.frames()) expect(hasColourCodes(frame)).toBe(false);

    const coloured = open({ initial: { name: 'review', cards: 1, seed: SEED } });
    await coloured.waitFor('This session');
    expect(hasColourCodes(coloured.rawFrame())).toBe(true);
  });
});
