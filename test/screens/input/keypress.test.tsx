// The keypress layer hands each key to the owner that has focus, read from the focus state when
// the key arrives: a handler that moves focus moves it for the very next key of the same read.
import { render, Text } from 'ink';
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
});
