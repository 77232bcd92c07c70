import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { keyByKeyStdin, splitChunk } from '../../src/screens/key-stdin';

/** A stand-in for a TTY stdin in paused mode: data waits until read(). */
function fakeTty() {
  const pending: string[] = [];
  const tty = Object.assign(new EventEmitter(), {
    isTTY: true,
    read: () => (pending.length > 0 ? pending.splice(0).join('') : null),
    setEncoding: () => tty,
    setRawMode: () => tty,
    ref: () => tty,
    unref: () => tty,
    type(text: string) {
      pending.push(text);
      tty.emit('readable');
    },
  });
  return tty;
}

/** Reads like Ink does: on every 'readable', read() until null. */
function collect(stdin: NodeJS.ReadStream): string[] {
  const got: string[] = [];
  stdin.addListener('readable', () => {
    let chunk: string | null;
    while ((chunk = stdin.read() as string | null) !== null) got.push(chunk);
  });
  return got;
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('splitChunk', () => {
  it('keeps plain text and escape sequences together, splits around controls', () => {
    expect(splitChunk('0 6 * * *')).toEqual(['0 6 * * *']);
    expect(splitChunk('ab\tcd\r')).toEqual(['ab', '\t', 'cd', '\r']);
    expect(splitChunk('x\u007f\u001b[A')).toEqual(['x', '\u007f', '\u001b[A']);
  });
});

describe('keyByKeyStdin', () => {
  it('hands one piece per turn of the event loop, in order, and nothing is lost', async () => {
    const tty = fakeTty();
    const stdin = keyByKeyStdin(tty as unknown as NodeJS.ReadStream);
    const got = collect(stdin);
    tty.type('catalog\tretailhub_ana\t\r');
    expect(got).toEqual(['catalog']);
    for (let i = 0; i < 6; i++) await tick();
    expect(got).toEqual(['catalog', '\t', 'retailhub_ana', '\t', '\r']);
    tty.type('x');
    await tick();
    expect(got.at(-1)).toBe('x');
  });

  it('passes a single key straight through', () => {
    const tty = fakeTty();
    const got = collect(keyByKeyStdin(tty as unknown as NodeJS.ReadStream));
    tty.type('a');
    tty.type('b');
    expect(got).toEqual(['a', 'b']);
  });
});
