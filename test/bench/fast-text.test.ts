// The start-up fast paths bundled in place of Intl.Segmenter and around string-width
// (scripts/stubs/fast-text.js) must answer exactly as the real ones for every input they accept.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import stringWidth8 from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAST_TEXT, fastStringWidth as fastStringWidthPlugin } from '../../scripts/build/plugins.mjs';
import { LazySegmenter, SIMPLE_RANGES, fastStringWidth, simpleWidth, type StringWidth } from '../../scripts/stubs/fast-text.js';

const NESTED = resolve(__dirname, '../../node_modules/wrap-ansi/node_modules/string-width/index.js');
const versions: Array<[string, StringWidth]> = [['string-width (Ink)', stringWidth8]];

beforeAll(async () => {
  // wrap-ansi brings its own string-width; the build wraps that one too.
  if (existsSync(NESTED)) {
    const nested = (await import(pathToFileURL(NESTED).href)) as { default: StringWidth };
    versions.push(['string-width (wrap-ansi)', nested.default]);
  }
});

const simpleChars: string[] = [];
for (const [from, to] of SIMPLE_RANGES) for (let cp = from; cp <= to; cp++) simpleChars.push(String.fromCodePoint(cp));
const asciiAndControls = Array.from({ length: 0xa0 }, (_, cp) => String.fromCodePoint(cp));
const native = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (segments: Iterable<Intl.SegmentData>) => [...segments].map((s) => [s.segment, s.index]);

describe('simple characters', () => {
  it('are one column each in every bundled string-width', () => {
    for (const [name, real] of versions) {
      const wrong = simpleChars.filter((ch) => real(ch) !== 1).map((ch) => `${name} U+${ch.codePointAt(0)!.toString(16)}`);
      expect(wrong).toEqual([]);
    }
    expect(simpleChars.every((ch) => simpleWidth(ch) === 1)).toBe(true);
  });

  it('are graphemes of their own next to any other simple character', () => {
    const joined = simpleChars.filter((ch) => [...native.segment(`a${ch}a`)].length !== 3 || [...native.segment(ch + ch)].length !== 2);
    expect(joined).toEqual([]);
  });

  it('ASCII and control characters measure as the real string-width measures them', () => {
    for (const [, real] of versions) {
      const wrapped = fastStringWidth(real);
      for (const ch of asciiAndControls) expect(wrapped(ch), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(real(ch));
    }
  });
});

// Strings made of simple characters, controls (CR included), colour codes and a few characters the
// fast path must hand over (emoji, combining marks, East Asian wide, a lone ESC, OSC links).
const pieces = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...simpleChars.filter((_, i) => i % 7 === 0), 'a', 'Z', ' ', '0') },
  { weight: 2, arbitrary: fc.constantFrom('\u001B[1m', '\u001B[36m', '\u001B[39m', '\u001B[22m', '\u001B[38;2;255;0;0m', '\u001B[m', '\u001B[0m') },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\t', '\r', '\r\n', '\u0085', '\u009B31m', '\u001B', '\u001B[12345m') },
  { weight: 1, arbitrary: fc.constantFrom('👍', '👨‍👩‍👧', 'e\u0301', '漢', '©', '↔', '\u200D', '\uFE0F', '🇫🇷', '\u001B]8;;https://x\u0007l\u001B]8;;\u0007') },
);
const text = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('fastStringWidth', () => {
  it('gives the real width for any string', () => {
    for (const [, real] of versions) {
      const wrapped = fastStringWidth(real);
      fc.assert(fc.property(text, (s) => wrapped(s) === real(s)), { numRuns: 2000 });
    }
  });

  it('passes options and non-strings through to the real function', () => {
    const wrapped = fastStringWidth(stringWidth8);
    expect(wrapped('—', { ambiguousIsNarrow: false })).toBe(stringWidth8('—', { ambiguousIsNarrow: false }));
    expect(wrapped(undefined as unknown as string)).toBe(0);
  });
});

describe('string-width as the build bundles it', () => {
  // Wrapped by the fast path, its emoji regex built on first use, Intl.Segmenter made lazy: the
  // whole bundled function must still measure every string as the package does.
  const dir = mkdtempSync(join(tmpdir(), 'lakeflow-string-width-'));
  let bundled: StringWidth;
  beforeAll(async () => {
    const outfile = join(dir, 'string-width.mjs');
    await build({
      stdin: { contents: "export { default } from 'string-width';\n", resolveDir: resolve(__dirname, '../..') },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      define: { 'Intl.Segmenter': 'LazySegmenter' },
      inject: [FAST_TEXT],
      plugins: [fastStringWidthPlugin],
      logLevel: 'error',
    });
    bundled = ((await import(pathToFileURL(outfile).href)) as { default: StringWidth }).default;
  }, 30_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('measures emoji, wide and combining text like the package', () => {
    for (const s of ['👍', '👨‍👩‍👧', '🇫🇷', '1️⃣', '☺', '☺️', '漢字', 'e\u0301', '—│█', '\u001B[1m✓\u001B[22m ok', '']) {
      expect(bundled(s), JSON.stringify(s)).toBe(stringWidth8(s));
    }
    fc.assert(
      fc.property(text, (s) => {
        expect(bundled(s)).toBe(stringWidth8(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('LazySegmenter', () => {
  it('segments like Intl.Segmenter (graphemes)', () => {
    const lazy = new LazySegmenter();
    fc.assert(
      fc.property(text, (s) => {
        expect(graphemes(lazy.segment(s))).toEqual(graphemes(native.segment(s)));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers containing() like Intl.Segmenter', () => {
    const lazy = new LazySegmenter(undefined, { granularity: 'grapheme' });
    for (const s of ['│ ab — c', 'a👍b', '']) {
      for (const i of [-1, 0, 1, 2, s.length - 1, s.length]) {
        const a = lazy.segment(s).containing(i);
        const b = native.segment(s).containing(i);
        expect(a && { segment: a.segment, index: a.index }).toEqual(b && { segment: b.segment, index: b.index });
      }
    }
  });

  it('leaves word and sentence granularity to Intl.Segmenter', () => {
    const words = new LazySegmenter('en', { granularity: 'word' });
    const real = new Intl.Segmenter('en', { granularity: 'word' });
    expect([...words.segment('two words')].map((s) => s.segment)).toEqual([...real.segment('two words')].map((s) => s.segment));
    expect(words.resolvedOptions().granularity).toBe('word');
  });
});
