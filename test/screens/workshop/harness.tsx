import { render } from 'ink-testing-library';
import { vi } from 'vitest';
import { ConnectedWorkshopCheckpoint } from '../../../src/screens/workshop/checkpoints';
import { createWorkshopStore, serializeBuilderState, type BuilderState } from '../../../src/workshop';

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  tab: '\t',
  shiftTab: '\u001B[Z',
  backspace: '\u007F',
  esc: '\u001B',
} as const;

export const NOW = 1_700_000_000_000;

/** Let Ink read the input and React commit. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((r) => setImmediate(r));
}

export function mount(step: number, initial: BuilderState, opts: { active?: boolean; expanded?: boolean; width?: number; height?: number; tickMs?: number } = {}) {
  const store = createWorkshopStore(serializeBuilderState(initial));
  const onDone = vi.fn();
  const r = render(
    <ConnectedWorkshopCheckpoint
      store={store}
      step={step}
      active={opts.active ?? true}
      expanded={opts.expanded}
      onDone={onDone}
      width={opts.width ?? 80}
      height={opts.height}
      now={() => NOW}
      tickMs={opts.tickMs ?? 2}
    />,
  );
  const frame = (): string => r.lastFrame() ?? '';
  return {
    store,
    onDone,
    frame,
    unmount: r.unmount,
    /** Each argument is written as one chunk (a string of text arrives like a paste). */
    async press(...keys: string[]): Promise<void> {
      for (const k of keys) {
        r.stdin.write(k);
        await settle();
      }
    },
    async waitFor(text: string, timeout = 2000): Promise<string> {
      await vi.waitFor(
        () => {
          if (!frame().includes(text)) throw new Error(`frame does not contain ${JSON.stringify(text)}:\n${frame()}`);
        },
        { timeout, interval: 5 },
      );
      return frame();
    },
  };
}

export const repeat = (key: string, n: number): string[] => Array.from({ length: n }, () => key);
