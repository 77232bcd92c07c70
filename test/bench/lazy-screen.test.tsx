// lazyScreen (src/screens/lazy.tsx): what start-up leaves out must still open, once, and say so
// when it cannot.
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { lazyScreen, preloadable, preloadScreens } from '../../src/screens/lazy';

const tick = () => new Promise((r) => setTimeout(r, 10));

function Hello({ name }: { name: string }) {
  return <Text>hello {name}</Text>;
}

describe('lazyScreen', () => {
  it('draws nothing until the module is there, then the screen with its props', async () => {
    let resolve!: (c: typeof Hello) => void;
    const Lazy = lazyScreen(() => new Promise<typeof Hello>((r) => (resolve = r)));
    const { lastFrame } = render(<Lazy name="Ada" />);
    expect(lastFrame()).toBe('');
    resolve(Hello);
    await vi.waitFor(() => expect(lastFrame()).toBe('hello Ada'));
  });

  it('draws the screen when its module arrives between the first render and its effects', async () => {
    // A background prefetch in flight: the module resolves in a microtask, before React runs
    // the effects of the render that drew nothing.
    const Lazy = lazyScreen(async () => Hello);
    void Lazy.preload();
    const { lastFrame } = render(<Lazy name="Bo" />);
    await vi.waitFor(() => expect(lastFrame()).toBe('hello Bo'));
  });

  it('loads once, however often it is drawn or preloaded', async () => {
    const load = vi.fn(async () => Hello);
    const Lazy = lazyScreen(load);
    await Promise.all([Lazy.preload(), Lazy.preload()]);
    const a = render(<Lazy name="a" />);
    const b = render(<Lazy name="b" />);
    // Preloaded: the first frame already has the screen.
    expect(a.lastFrame()).toBe('hello a');
    expect(b.lastFrame()).toBe('hello b');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('preloads every lazy screen of a registry and leaves the others alone', async () => {
    const load = vi.fn(async () => Hello);
    const screens = { lazy: { component: lazyScreen(load) }, plain: { component: Hello } };
    expect(preloadable(screens.lazy.component)).toBe(true);
    expect(preloadable(screens.plain.component)).toBe(false);
    await preloadScreens(screens);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a module that cannot load as a render error', async () => {
    const Lazy = lazyScreen<{ name: string }>(async () => {
      throw new Error('chunk missing');
    });
    await Lazy.preload();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { lastFrame } = render(<Lazy name="x" />);
    await tick();
    spy.mockRestore();
    expect(lastFrame()).toContain('chunk missing');
  });
});
