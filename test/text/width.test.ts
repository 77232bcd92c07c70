import { describe, expect, it } from 'vitest';
import { displayWidth, elideLongWords, graphemes, padEnd, padStart, splitAtWidth, truncate, truncateMiddle, truncateStart, wrap } from '../../src/text/width';

// CJK and emoji take two columns, combining marks none; counting .length gets all three wrong.
const CJK = '李雷';
const FAMILY = '👨‍👩‍👧';
const ACCENT = 'e\u0301';

describe('displayWidth', () => {
  it.each([
    ['plain ASCII', 'cron', 4],
    ['CJK', `${CJK}ab`, 6],
    ['a combining mark', ACCENT, 1],
    ['an emoji sequence joined with ZWJ', FAMILY, 2],
    ['arrows, dashes and box lines', '→ — │', 5],
  ])('%s', (_what, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('splits graphemes, not code units', () => {
    expect(graphemes(`a${FAMILY}${ACCENT}`).map((g) => g.text)).toEqual(['a', FAMILY, ACCENT]);
  });
});

describe('cutting', () => {
  it('never splits a wide character or a grapheme', () => {
    expect(splitAtWidth(`${CJK}x`, 3)).toEqual(['李', '雷x']);
    expect(splitAtWidth(`${FAMILY}b`, 1)).toEqual(['', `${FAMILY}b`]);
    expect(truncate('李雷李雷', 5)).toBe('李雷…');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 3)).toBe('abc');
  });

  it('keeps the end of a path', () => {
    expect(truncateStart('/home/ada/results/ada.json', 12)).toBe('…ts/ada.json');
    expect(displayWidth(truncateStart(`${CJK.repeat(4)}.json`, 8))).toBeLessThanOrEqual(8);
  });

  it('keeps the start and the end of a word', () => {
    expect(truncateMiddle('abcdefghij', 7)).toBe('abc…hij');
    expect(truncateMiddle('abcdefghij', 10)).toBe('abcdefghij');
    expect(truncateMiddle('abcdef', 2)).toBe('a…');
    expect(truncateMiddle(`${'a'.repeat(1997)}XYZ`, 20)).toBe(`${'a'.repeat(9)}…${'a'.repeat(7)}XYZ`);
    for (const text of [CJK.repeat(10), `${FAMILY}${'x'.repeat(30)}${ACCENT}`, `${'a'.repeat(50)}${CJK}`]) {
      for (const width of [3, 8, 15]) expect(displayWidth(truncateMiddle(text, width)), `${text} in ${width}`).toBeLessThanOrEqual(width);
    }
  });

  it('cuts only the words wider than the width, leaving the rest of the text as it was', () => {
    const name = `${'a'.repeat(1997)}XYZ`;
    const message = `like ["${name}"], or [] for none.`;
    const cut = elideLongWords(message, 30);
    expect(cut).toBe(`like ${truncateMiddle(`["${name}"],`, 30)} or [] for none.`);
    expect(cut.endsWith('XYZ"], or [] for none.')).toBe(true);
    expect(elideLongWords('short  words\nstay', 5)).toBe('short  words\nstay');
    expect(elideLongWords(`${CJK.repeat(5)} x`, 6)).toBe(`${truncateMiddle(CJK.repeat(5), 6)} x`);
  });
});

describe('padding', () => {
  it('pads to exactly the width in columns, cutting what is longer', () => {
    expect(padEnd(CJK, 6)).toBe(`${CJK}  `);
    expect(padStart('7', 3)).toBe('  7');
    expect(padEnd('abcdef', 4)).toBe('abc…');
    for (const text of [CJK, FAMILY, ACCENT, 'plain', '李雷李雷李雷']) {
      expect(displayWidth(padEnd(text, 5)), text).toBe(5);
      expect(displayWidth(padStart(text, 5)), text).toBe(5);
    }
  });
});

describe('wrap', () => {
  it('wraps on whitespace and cuts words longer than the width', () => {
    expect(wrap('aaaa bbbb cc', 8)).toEqual(['aaaa', 'bbbb cc']);
    expect(wrap('abcdefghijkl', 8)).toEqual(['abcdefgh', 'ijkl']);
    expect(wrap('aaa\nbbb  ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap('', 10)).toEqual(['']);
  });

  it('measures wide characters in columns', () => {
    const lines = wrap(`${CJK.repeat(5)} ok`, 6);
    expect(lines).toEqual(['李雷李', '雷李雷', '李雷李', '雷 ok']);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(6);
  });

  it('puts a character wider than the line on a line of its own', () => {
    expect(wrap(`${CJK}`, 1)).toEqual(['李', '雷']);
  });
});
