import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyParser, PASTE_END, PASTE_START, TYPED_RUN_MAX } from '../../../src/screens/input/parse-keys';
import type { Keypress } from '../../../src/screens/input/key';

/** A compact name for a keypress, so a failing test shows readable lists. */
function name({ input, key }: Keypress): string {
  const mods = `${key.ctrl ? 'C-' : ''}${key.meta ? 'M-' : ''}${key.shift && input === '' ? 'S-' : ''}`;
  if (key.paste) return `paste(${JSON.stringify(input)})`;
  const named = (['upArrow', 'downArrow', 'leftArrow', 'rightArrow', 'home', 'end', 'pageUp', 'pageDown', 'return', 'escape', 'tab', 'backspace', 'delete'] as const).find((f) => key[f]);
  return mods + (named ?? input);
}

const parse = (...chunks: string[]): string[] => {
  const parser = createKeyParser();
  return chunks.flatMap((c) => parser.push(c)).map(name);
};

describe('key parser', () => {
  it('splits a burst of printable text into one key per character', () => {
    expect(parse('jjk')).toEqual(['j', 'j', 'k']);
  });

  it('reads arrows, Tab, Enter and Backspace inside one chunk, in order', () => {
    expect(parse('\u001B[B\u001B[B\u001B[C\tx\r\u007f')).toEqual(['downArrow', 'downArrow', 'rightArrow', 'tab', 'x', 'return', 'backspace']);
  });

  it('tells Backspace (DEL) from Delete (ESC[3~)', () => {
    expect(parse('\u007f', '\u001B[3~')).toEqual(['backspace', 'delete']);
  });

  it('reads Ctrl+letters, Home/End in their several encodings and Shift+Tab', () => {
    expect(parse('\u0001\u0005\u000b\u0015\u0017')).toEqual(['C-a', 'C-e', 'C-k', 'C-u', 'C-w']);
    expect(parse('\u001B[H\u001B[F\u001B[1~\u001B[4~\u001BOH\u001BOF')).toEqual(['home', 'end', 'home', 'end', 'home', 'end']);
    expect(parse('\u001B[Z')).toEqual(['S-tab']);
  });

  it('reads Alt+letter, Alt+arrows, Ctrl+arrows and Alt+Backspace', () => {
    expect(parse('\u001Bb\u001Bf\u001B[1;3D\u001B[1;3C\u001B[1;5C\u001B\u007f')).toEqual(['M-b', 'M-f', 'M-leftArrow', 'M-rightArrow', 'C-rightArrow', 'M-backspace']);
  });

  it('reads Esc then an arrow in one chunk as two keys', () => {
    expect(parse('\u001B\u001B[B')).toEqual(['escape', 'downArrow']);
  });

  it('takes a lone ESC at the end of a chunk as the Esc key, without waiting', () => {
    expect(parse('\u001B')).toEqual(['escape']);
    expect(parse('a\u001B')).toEqual(['a', 'escape']);
  });

  it('reads Esc then Enter or Tab in one chunk as two keys', () => {
    expect(parse('\u001B\r', '\u001B\t')).toEqual(['escape', 'return', 'escape', 'tab']);
  });

  it('waits for the rest of an escape sequence cut between chunks', () => {
    expect(parse('\u001B[', 'A')).toEqual(['upArrow']);
    expect(parse('\u001B[1;', '5C')).toEqual(['C-rightArrow']);
  });

  it('makes a bracketed paste one event holding everything, control characters included', () => {
    expect(parse(`${PASTE_START}a\u0007b\u001B[Ac\nd${PASTE_END}x`)).toEqual([`paste(${JSON.stringify('a\u0007b\u001B[Ac\nd')})`, 'x']);
  });

  it('finds the paste markers when a chunk boundary cuts them', () => {
    const text = 'hello world';
    const whole = `${PASTE_START}${text}${PASTE_END}q`;
    // A cut right after the first ESC makes it the Esc key (see 'lone ESC'): start at 2.
    for (let cut1 = 2; cut1 < whole.length; cut1 += 2) {
      for (let cut2 = cut1; cut2 < whole.length; cut2 += 3) {
        expect(parse(whole.slice(0, cut1), whole.slice(cut1, cut2), whole.slice(cut2))).toEqual([`paste("${text}")`, 'q']);
      }
    }
  });

  it('takes a run of printable text longer than typing as a paste', () => {
    const long = 'x'.repeat(TYPED_RUN_MAX + 1);
    expect(parse(long)).toEqual([`paste("${long}")`]);
  });

  it('gives the same keys whatever the chunking (property)', () => {
    const pieces = fc.constantFrom('a', 'Q', ' ', '\r', '\t', '\u007f', '\u0001', '\u001B[A', '\u001B[3~', '\u001B[1;3D', '\u001Bb', 'é', '漢', '😀', `${PASTE_START}p\nq${PASTE_END}`);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.array(fc.nat(200), { maxLength: 5 }), (keys, cuts) => {
        const data = keys.join('');
        const at = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let prev = 0;
        for (const c of at) {
          chunks.push(data.slice(prev, c));
          prev = c;
        }
        chunks.push(data.slice(prev));
        // A chunk ending in a lone ESC is the Esc key; keep cuts away from an ESC so the
        // comparison is about sequences, not about that rule.
        if (chunks.slice(0, -1).some((c) => c.endsWith('\u001B'))) return;
        expect(parse(...chunks)).toEqual(parse(data));
      }),
    );
  });
});
