// The keypress layer hands each key to the owner that has focus, read from the focus state when
// the key arrives: a handler that moves focus moves it for the very next key of the same read.
import { render, Text } from 'ink';
import { Writable } from 'node:stream';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FocusScope, useFocusOwner, useKeypress } from '../../../src/screens/input/keypress';
import { FakeStdin, FakeStdout, renderAt, stripAnsi } from '../helpers';

const mounted: Array<() => void> = [];
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
});

/** A screen with a field: `f` focuses the field, Esc leaves it; the field keeps the letters it gets. */
function Screen({ log }: { log: string[] }) {
  const field = useFocusOwner('field', { captures: true });
  const [text, setText] = useState('');
  useKeypress((input) => {
    log.push(`screen:${input}`);
    if (input === 'f') field.take();
  });
  useKeypress(
    (input, key) => {
      log.push(`field:${input}`);
      if (key.escape) field.release();
      else setText((t) => t + input);
    },
    { owner: field.id },
  );
  useKeypress((input, _key, at) => log.push(`app:${input}:${at.captures ? 'captured' : 'free'}`), { within: true });
  return (
    <FocusScope owner={field.id}>
      <Text>
        [{text}] {field.focused ? 'field' : 'screen'}
      </Text>
    </FocusScope>
  );
}

describe('keypress layer focus', () => {
  it('sends each key of one read to the owner that has focus when it arrives', async () => {
    const log: string[] = [];
    const r = renderAt(<Screen log={log} />);
    mounted.push(r.unmount);
    await r.press('afab\u001B');
    await r.press('c');
    expect(log).toEqual([
      'screen:a',
      'app:a:free',
      'screen:f',
      'app:f:free',
      'field:a',
      'app:a:captured',
      'field:b',
      'app:b:captured',
      'field:',
      'app::captured',
      'screen:c',
      'app:c:free',
    ]);
    expect(r.frame()).toContain('[ab] screen');
  });
});

function Echo() {
  const [text, setText] = useState('');
  useKeypress((input) => setText((t) => t + input));
  return <Text>typed:{text}</Text>;
}

describe('frames', () => {
  it('draws the frame of a read at once, not at the end of the frame interval', async () => {
    const stdout = new FakeStdout(40, 5);
    const stdin = new FakeStdin();
    // One frame per 100 s: without the layer's drawNow, the second key would not show in this test.
    const ink = render(<Echo />, {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      stderr: new FakeStdout(40, 5) as unknown as NodeJS.WriteStream,
      maxFps: 0.01,
      exitOnCtrlC: false,
      patchConsole: false,
    });
    mounted.push(() => ink.unmount());
    const shown = async (text: string): Promise<boolean> => {
      for (let i = 0; i < 20; i++) {
        if (stripAnsi(stdout.frames.join('')).includes(text)) return true;
        await new Promise((r) => setTimeout(r, 5));
      }
      return false;
    };
    expect(await shown('typed:')).toBe(true);
    stdin.write('a');
    expect(await shown('typed:a')).toBe(true);
    stdin.write('b');
    expect(await shown('typed:ab')).toBe(true);
  });

  it("sends what a read draws in one write: the frame and its synchronized-update markers together", async () => {
    // A terminal's stdout as Node has it: a Writable whose held chunks (cork) go out in one writev.
    class TerminalOut extends Writable {
      isTTY = true;
      columns = 40;
      rows = 5;
      /** One entry per write that reached the terminal, with the chunks it carried. */
      writes: string[][] = [];
      override _write(chunk: unknown, _encoding: BufferEncoding, done: () => void): void {
        this.writes.push([String(chunk)]);
        done();
      }
      override _writev(chunks: Array<{ chunk: unknown }>, done: () => void): void {
        this.writes.push(chunks.map((c) => String(c.chunk)));
        done();
      }
    }
    const stdout = new TerminalOut();
    const stdin = new FakeStdin();
    const ink = render(<Echo />, {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      stderr: new FakeStdout(40, 5) as unknown as NodeJS.WriteStream,
      exitOnCtrlC: false,
      patchConsole: false,
    });
    mounted.push(() => ink.unmount());
    const text = (): string => stripAnsi(stdout.writes.flat().join(''));
    await expect.poll(text, { timeout: 1000, interval: 5 }).toContain('typed:');
    for (const key of ['a', 'b']) {
      const before = stdout.writes.length;
      stdin.write(key);
      const frames = stdout.writes.slice(before);
      // Ink writes the start marker, the frame and the end marker separately; they arrive as one.
      expect(frames).toHaveLength(1);
      const sent = (frames[0] ?? []).join('');
      expect(sent.startsWith('\u001B[?2026h')).toBe(true);
      expect(sent.endsWith('\u001B[?2026l')).toBe(true);
      expect(stripAnsi(sent)).toContain(`typed:${key === 'a' ? 'a' : 'ab'}`);
    }
  });
});
