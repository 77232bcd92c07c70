import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYS, commandsIn, type Command, type Scope } from '../../../src/screens/keys';
import { lineText } from '../../../src/screens/markdown/lines';
import { explanationAfterMark, ratingKeysText, ratingLine, reviewDetail, startLines, summaryLines } from '../../../src/screens/review/layout';
import { footerFor, viewScopes, type ReviewView } from '../../../src/screens/review/phase';
import { createTheme } from '../../../src/screens/theme';

const VIEWS: ReviewView[] = ['loading', 'start', 'start-empty', 'choice', 'typed-field', 'typed', 'self', 'rate', 'summary'];

describe('review keys', () => {
  it('binds each key once at every moment of a card, the App keys included', () => {
    for (const view of VIEWS) {
      for (const scrollable of [false, true]) {
        const spec = footerFor(view, scrollable);
        const scopes = new Set<Scope>(['always', ...spec.scopes, ...viewScopes(view, scrollable)]);
        const seen = new Map<string, Command>();
        for (const scope of scopes) {
          for (const command of commandsIn(scope)) {
            for (const key of KEYS[command].keys) {
              expect(seen.get(key), `${view}: ${key} is bound to ${seen.get(key)} and ${command}`).toBeUndefined();
              seen.set(key, command);
            }
          }
        }
      }
    }
  });

  it('advertises only keys of the scopes the view listens to', () => {
    for (const view of VIEWS) {
      const spec = footerFor(view, true);
      const own = viewScopes(view, true);
      for (const scope of spec.scopes) expect(['always', 'global', ...own]).toContain(scope);
      // The text field keeps letters: q, ? and Esc-as-back are not offered while it has the keyboard.
      expect(spec.scopes.includes('global')).toBe(view !== 'typed-field');
    }
    expect(footerFor('start-empty', false).omit).toContain('startReview');
    expect(footerFor('rate', false).omit).not.toContain('lineDown');
    expect(footerFor('rate', false).scopes).not.toContain('scroll');
  });
});

describe('review layout', () => {
  const opts = { width: 80, noColor: false };

  it('writes Home’s detail from the overview', () => {
    expect(reviewDetail({ due: 5, fresh: 41 })).toBe('5 due · 41 new');
    expect(reviewDetail({ due: 0, fresh: 0 })).toBe('0 due');
  });

  it('shows the rating with its keys from the table, and gives up words before choices', () => {
    expect(lineText(ratingLine('good', 'good', 80))).toBe('Rating:  1 Again    2 Hard   [3 Good]   4 Easy   from your answer');
    expect(lineText(ratingLine('hard', 'again', 80))).toContain('(suggested: Again)');
    expect(lineText(ratingLine(null, null, 80))).toBe('How well did you know it?  1 Again    2 Hard    3 Good    4 Easy ');
    const narrow = lineText(ratingLine('easy', 'good', 36));
    expect(narrow.length).toBeLessThanOrEqual(36);
    for (const label of ['1 Again', '2 Hard', '3 Good', '[4 Easy]']) expect(narrow).toContain(label);
    expect(ratingKeysText()).toBe('1 Again, 2 Hard, 3 Good or 4 Easy');
    const intervals = { again: '1m', hard: '6m', good: '10m', easy: '8d' };
    const wide = lineText(ratingLine('again', 'again', 80, intervals));
    expect(wide).toBe('Rating: [1 Again 1m]   2 Hard 6m    3 Good 10m    4 Easy 8d   from your answer');
    for (const width of [50, 40, 36]) {
      const line = lineText(ratingLine('again', 'again', width, intervals));
      expect(line.length).toBeLessThanOrEqual(width);
      for (const label of ['[1 Again', '2 Hard', '3 Good', '4 Easy']) expect(line).toContain(label);
    }
    expect(lineText(ratingLine('again', 'again', 50, intervals))).toContain('4 Easy 8d');
  });

  it('drops the verdict word the ✓ / ✗ line already says, and knows when the answer is named', () => {
    expect(explanationAfterMark({ correct: true, expected: '3', explanation: 'Correct.\n\nThree task keys.' })).toEqual({
      text: 'Three task keys.',
      statesExpected: false,
    });
    expect(explanationAfterMark({ correct: false, expected: 'scheduled', explanation: 'Not quite. The answer is: scheduled.\n\nA clock.' })).toEqual({
      text: 'The answer is: scheduled.\n\nA clock.',
      statesExpected: true,
    });
    const blank = explanationAfterMark({ correct: false, expected: '3', explanation: 'Not quite. The notebook says: Expected 3 tasks, got 4\n\nReference answer: `3`.' });
    expect(blank.statesExpected).toBe(false);
    expect(blank.text.startsWith('The notebook says')).toBe(true);
  });

  it('explains an empty session and offers cram mode', () => {
    const text = startLines({ overview: { due: 0, misses: 0, fresh: 0, unseen: 0, setAside: 0, total: 46, nextDueAt: null }, size: 0, cram: false }, opts).map(lineText).join('\n');
    expect(text).toContain('Nothing to review right now');
    expect(text).toContain('press c for cram mode');
    const due = startLines({ overview: { due: 4, misses: 1, fresh: 10, unseen: 10, setAside: 0, total: 46, nextDueAt: null }, size: 10, cram: true }, opts).map(lineText).join('\n');
    expect(due).toMatch(/Due now\s+4 cards, 1 of them missed in practice or drills/);
    expect(due).toContain('cram mode: your weakest cards first');
  });

  it('summarises by topic, worst topics named', () => {
    const theme = createTheme();
    const lines = summaryLines(
      {
        answered: 3,
        correct: 1,
        wrong: 1,
        selfRated: 1,
        byTopic: [
          { topic: 'triggers', title: 'Trigger types', answered: 2, correct: 1, wrong: 0, selfRated: 1, struggled: 0, ratings: { again: 0, hard: 0, good: 2, easy: 0 } },
          { topic: 'repair', title: 'Repair runs', answered: 1, correct: 0, wrong: 1, selfRated: 0, struggled: 1, ratings: { again: 1, hard: 0, good: 0, easy: 0 } },
        ],
        toReview: ['repair'],
      },
      false,
      opts,
      theme.glyph,
    ).map(lineText);
    expect(lines[0]).toBe('3 answers: 1 right, 1 wrong, 1 graded yourself.');
    expect(lines.find((l) => l.includes('Trigger types'))).toMatch(/✓ Trigger types\s+2\s+1\s+0\s+1\s+0/);
    expect(lines.find((l) => l.includes('Repair runs') && l.startsWith('✗'))).toMatch(/Repair runs\s+1\s+0\s+1\s+0\s+1/);
    expect(lines).toContain('Worth another look: Repair runs.');
    expect(lines.join('\n')).toContain('could not be saved yet');
  });
});

describe('start-up path', () => {
  // The review core loads cron-parser, ts-fsrs and the checks engine: only a dynamic import
  // may reach it from the screens, which the registry (and so start-up) loads.
  const root = resolve(__dirname, '../../..');
  const screens = join(root, 'src/screens');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });

  it('no screen imports src/review statically, apart from its plain types module', () => {
    const offenders: string[] = [];
    for (const file of files(screens)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
        const spec = m[1] as string;
        if (!spec.startsWith('.')) continue;
        const target = relative(join(root, 'src'), resolve(file, '..', spec));
        if ((target === 'review' || target.startsWith('review/')) && target !== 'review/types') offenders.push(`${relative(root, file)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
    // …and src/review/types itself only imports types.
    expect(readFileSync(join(root, 'src/review/types.ts'), 'utf8')).not.toMatch(/^import\s+(?!type\b)/m);
  });
});
