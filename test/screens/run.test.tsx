import { describe, expect, it, vi } from 'vitest';
import { runTui } from '../../src/screens/run';
import { createMemoryStore } from '../../src/screens/store-port';
import { FIXTURE_LAB } from './fixtures/lab';
import { FakeStdin, FakeStdout, KEY, stripAnsi } from './helpers';

function start(opts: Parameters<typeof runTui>[0] = {}) {
  const stdout = new FakeStdout(80, 24);
  const stderr = new FakeStdout(80, 24);
  const stdin = new FakeStdin();
  const warnings: string[] = [];
  const done = runTui({
    lab: FIXTURE_LAB,
    altScreen: false,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    onWarning: (m) => warnings.push(m),
    ...opts,
  });
  const ready = () =>
    vi.waitFor(() => expect(stripAnsi(stdout.lastFrame())).toContain('Start'), { timeout: 1000, interval: 5 });
  return { stdout, stdin, done, warnings, ready };
}

describe('runTui', () => {
  it('resolves 0 after q, having flushed the store once', async () => {
    const store = createMemoryStore();
    const { stdin, done, ready, warnings } = start({ store });
    await ready();
    stdin.write('q');
    await expect(done).resolves.toBe(0);
    expect(store.flushes).toBe(1);
    expect(warnings).toEqual([]);
  });

  it('resolves 130 after Ctrl+C, also flushing', async () => {
    const store = createMemoryStore();
    const { stdin, done } = start({ store, initial: { name: 'workshop', step: 1 } });
    await vi.waitFor(() => expect(store.get().last).toEqual({ name: 'workshop', step: 1 }), { timeout: 1000 });
    stdin.write(KEY.ctrlC);
    await expect(done).resolves.toBe(130);
    expect(store.flushes).toBe(1);
  });

  it('reports a failed save after the UI closed, and exits 1', async () => {
    const store = createMemoryStore();
    store.flush = () => Promise.reject(new Error('EACCES: permission denied'));
    const { stdin, done, ready, warnings } = start({ store });
    await ready();
    stdin.write('q');
    await expect(done).resolves.toBe(1);
    expect(warnings).toEqual(['progress could not be saved: EACCES: permission denied']);
  });

  it('writes nothing but frames to stdout (no alternate screen when asked not to)', async () => {
    const { stdin, done, ready, stdout } = start();
    await ready();
    stdin.write('q');
    await done;
    expect(stdout.frames.join('')).not.toContain('\u001B[?1049h');
  });

  it('enters and leaves the alternate screen on a terminal', async () => {
    const { stdin, done, ready, stdout } = start({ altScreen: true });
    await ready();
    stdin.write('q');
    await done;
    const all = stdout.frames.join('');
    expect(all.indexOf('\u001B[?1049h')).toBe(0);
    expect(all.lastIndexOf('\u001B[?1049l')).toBeGreaterThan(0);
  });
});
