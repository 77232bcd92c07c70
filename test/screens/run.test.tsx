import { describe, expect, it, vi } from 'vitest';
import { runTui } from '../../src/screens/run';
import { memorySession } from '../support/memory-session';
import { FIXTURE_LAB } from './fixtures/lab';
import { FakeStdin, FakeStdout, KEY, stripAnsi } from './helpers';

function start(opts: Partial<Parameters<typeof runTui>[0]> = {}) {
  const stdout = new FakeStdout(80, 24);
  const stderr = new FakeStdout(80, 24);
  const stdin = new FakeStdin();
  const warnings: string[] = [];
  const done = runTui({
    session: memorySession({ lab: FIXTURE_LAB }).session,
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
    const { session } = memorySession({ lab: FIXTURE_LAB });
    const flush = vi.spyOn(session, 'flush');
    const { stdin, done, ready, warnings } = start({ session });
    await ready();
    stdin.write('q');
    await expect(done).resolves.toBe(0);
    expect(flush).toHaveBeenCalledTimes(1);
    expect(warnings).toEqual([]);
  });

  it('resolves 130 after Ctrl+C, also flushing', async () => {
    const { session, fs } = memorySession({ lab: FIXTURE_LAB });
    const flush = vi.spyOn(session, 'flush');
    const { stdin, done } = start({ session, initial: { name: 'workshop', step: 1 } });
    await vi.waitFor(() => expect(session.summary().last).toEqual({ name: 'workshop', step: 1 }), { timeout: 5000 });
    stdin.write(KEY.ctrlC);
    await expect(done).resolves.toBe(130);
    expect(flush).toHaveBeenCalledTimes(1);
    expect(JSON.parse(fs.files.get('/memory/lakeflow-lab/progress.json')?.toString() ?? '{}')).toMatchObject({ last: { screen: 'workshop', id: 'workshop.1' } });
  });

  it('reports a failed save after the UI closed, and exits 1', async () => {
    const { session, fs } = memorySession({ lab: FIXTURE_LAB });
    const { stdin, done, ready, warnings } = start({ session });
    await ready();
    fs.failWrites = true;
    session.markStep('workshop.1', true);
    stdin.write('q');
    await expect(done).resolves.toBe(1);
    // One sentence, said once: where, why, that this session's changes are lost, and what to do.
    expect(warnings).toEqual([expect.stringMatching(/^your progress could not be saved in \S+ \(ENOSPC: the disk is full\); this session's changes are lost\. To save elsewhere, start with LAKEFLOW_LAB_HOME=/)]);
    expect(warnings[0]!.match(/could not be saved/g)).toHaveLength(1);
  });

  it('writes nothing but frames to stdout (no alternate screen when asked not to)', async () => {
    const { stdin, done, ready, stdout } = start();
    await ready();
    stdin.write('q');
    await done;
    expect(stdout.frames.join('')).not.toContain('\u001B[?1049h');
  });

  it('collects garbage once a screen has closed, not while screens only open', async () => {
    const collectGarbage = vi.fn();
    const { stdin, done, stdout } = start({ initial: { name: 'progress' }, collectGarbage });
    await vi.waitFor(() => expect(stripAnsi(stdout.lastFrame())).toContain('Progress'), { timeout: 1000, interval: 5 });
    await new Promise((r) => setTimeout(r, 100));
    expect(collectGarbage).not.toHaveBeenCalled();
    stdin.write(KEY.esc);
    await vi.waitFor(() => expect(collectGarbage).toHaveBeenCalledTimes(1), { timeout: 1000, interval: 5 });
    stdin.write('q');
    await expect(done).resolves.toBe(0);
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
