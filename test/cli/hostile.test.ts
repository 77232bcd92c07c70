// The hostile environment: the built CLI against what a skeptical tester throws at it (special
// files, FIFOs, /proc, broken pipes, escape codes, misplaced options). Each case must end with a
// one-line message or a quiet stop, never a hang, a stack trace or a file outside the temp folder.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import { buildOnce } from '../support/build';
import { BIN } from '../support/tmux';

const root = mkdtempSync(join(tmpdir(), 'llt-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(() => buildOnce(), 60_000);

let homes = 0;
function run(args: string[], options: { input?: string; env?: Record<string, string>; shell?: boolean } = {}): SpawnSyncReturns<string> {
  const home = join(root, `home-${homes++}`);
  mkdirSync(home);
  return spawnSync(options.shell ? 'bash' : process.execPath, options.shell ? ['-c', args.join(' ')] : [BIN, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 15_000,
    env: { ...process.env, LAKEFLOW_LAB_HOME: home, NO_COLOR: '', ...options.env },
  });
}

function expectOneLineUsage(r: SpawnSyncReturns<string>, pattern: RegExp): void {
  expect(r.error, 'the command must end by itself').toBeUndefined();
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

const answersOf = (n: number) => LAB08.practice.tasks[n - 1]!.blanks.map((b) => b.answer);

describe('answers from special files', () => {
  it('refuses devices, FIFOs and folders without reading them', () => {
    const fifo = join(root, 'answers.fifo');
    spawnSync('mkfifo', [fifo]);
    for (const source of ['/dev/zero', '/dev/urandom', fifo]) {
      expectOneLineUsage(run(['check', '1', '--answers', source]), /not a regular file/);
    }
    expectOneLineUsage(run(['check', '1', '--answers', root]), /it is a folder/);
    expectOneLineUsage(run(['check', '--batch', '/dev/zero']), /not a regular file/);
  });

  it('caps what it reads from standard input', () => {
    const r = run([`node ${BIN} check 1 --answers - < /dev/zero`], { shell: true });
    expectOneLineUsage(r, /standard input: larger than 1 MiB/);
  });

  it('reads a symbolic link to a regular file like the file', () => {
    const file = join(root, 'answers.json');
    writeFileSync(file, JSON.stringify(answersOf(1)));
    const link = join(root, 'answers-link.json');
    spawnSync('ln', ['-s', file, link]);
    const r = run(['check', '1', '--answers', link]);
    expect(r.status, r.stderr).toBe(0);
  });
});

describe('broken pipes', () => {
  it('check --batch | head -1 stops quietly', () => {
    const batch = join(root, 'big.jsonl');
    const line = JSON.stringify({ task: 3, answers: answersOf(3) });
    writeFileSync(batch, `${line}\n`.repeat(20_000));
    const r = run([`set -o pipefail; node ${BIN} check --batch ${batch} | head -1`], { shell: true });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
  it('--help | head -1 stops quietly', () => {
    const r = run([`node ${BIN} --help | head -1`], { shell: true });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('escape codes from answers', () => {
  const hostile = '\u001b]52;c;aGk=\u0007\u001b[2J\u202e';
  const answers = (text: string) => {
    const a = answersOf(1);
    a[0] = `print(${JSON.stringify(text)}) or 3`;
    return JSON.stringify(a);
  };
  it('check shows them inert in text', () => {
    const r = run(['check', '1', '--answers', '-'], { input: answers(hostile) });
    // eslint-disable-next-line no-control-regex -- the point is that no raw control character remains
    expect(r.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(r.stdout).toContain('\\x1b]52;c;aGk=\\x07\\x1b[2J\\u202e');
  });
  it('--json keeps the exact text', () => {
    const r = run(['check', '1', '--answers', '-', '--json'], { input: answers(hostile) });
    const parsed = JSON.parse(r.stdout) as { output: string[] };
    expect(parsed.output[0]).toBe(hostile);
  });
});

describe('arguments that do not apply', () => {
  it('refuses an option another command takes, naming what this one takes', () => {
    expectOneLineUsage(run(['report', join(root, 'none'), '--minutes', '5']), /--minutes does not apply to 'report' \(its options: --csv, --json, --seed, --live, --anonymous, --stuck, --out\)/);
    expectOneLineUsage(run(['check', '1', '--seed', 'x']), /--seed does not apply to 'check'/);
    expectOneLineUsage(run(['progress', '--yes']), /--yes does not apply to 'progress'/);
    expectOneLineUsage(run(['workshop', '--cram']), /it takes no options/);
  });
  it('a negative number is a value, refused by its range in one line', () => {
    expectOneLineUsage(run(['drill', '--minutes', '-1']), /--minutes must be a whole number from 1 to 180/);
    expectOneLineUsage(run(['drill', '--attempts', '-3']), /attempts/);
  });
  it('--help fits 80 columns and lists report --seed', () => {
    const r = run(['--help']);
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('--seed S');
  });
});

describe('TERM=dumb', () => {
  it('says in one line that the app needs a full-screen terminal and names what works without it', () => {
    for (const command of [[], ['practice'], ['review']]) {
      const r = run(command, { env: { TERM: 'dumb' } });
      expectOneLineUsage(r, /TERM=dumb.*check, progress, export bundle or report/);
    }
  });
});

describe('special progress files', () => {
  const homeWith = (make: (file: string) => void): string => {
    const home = mkdtempSync(join(root, 'progress-'));
    make(join(home, 'progress.json'));
    return home;
  };
  const cases: [string, (file: string) => void, RegExp][] = [
    ['a symbolic link to /dev/zero', (file) => symlinkSync('/dev/zero', file), /not a regular file/],
    ['a FIFO', (file) => spawnSync('mkfifo', [file]), /not a regular file/],
    ['50 MB', (file) => writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 0x20)), /larger than 8 MiB/],
  ];
  it.each(cases)('progress.json as %s is moved aside with a message, and start-up does not hang', (_what, make, reason) => {
    const home = homeWith(make);
    const r = run(['progress'], { env: { LAKEFLOW_LAB_HOME: home } });
    expect(r.error, 'progress must end by itself').toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(reason);
    expect(r.stdout).toMatch(/It was moved to .*progress\.corrupt-.*\.json/);
    const left = readdirSync(home);
    expect(left.some((name) => name.startsWith('progress.corrupt-'))).toBe(true);
    expect(left).not.toContain('progress.json');
  });
});

describe.runIf(existsSync('/proc/self'))('/proc', () => {
  it('LAKEFLOW_LAB_HOME=/proc/x does not spin: progress says why nothing can be saved', () => {
    const r = run(['progress'], { env: { LAKEFLOW_LAB_HOME: '/proc/llt-x' } });
    expect(r.error, 'progress must end by itself').toBeUndefined();
    expect(r.stdout).toMatch(/cannot be saved in \/proc\/llt-x \(ENOCREATE: this file system does not allow new folders/);
  });
  it('drill --out /proc/x is refused in one line before the lobby', () => {
    expectOneLineUsage(run(['drill', '--out', '/proc/llt-x']), /drill results cannot be written to \/proc\/llt-x \(ENOCREATE/);
  });
  it('drill --out under a file is refused in one line', () => {
    const file = join(root, 'plain-file');
    writeFileSync(file, '');
    expectOneLineUsage(run(['drill', '--out', join(file, 'sub')]), /ENOTDIR: a part of the path is a file/);
  });
});

describe('impossible numbers', () => {
  it('a progress file with 1e30 attempts or 1e308 seconds: the entry is set aside with a warning, never printed', () => {
    const home = mkdtempSync(join(root, 'numbers-'));
    const task = (extra: Record<string, unknown>) => ({ answers: ['3'], attempts: 1, hintsUsed: 0, solutionRevealed: false, passed: false, secondsSpent: 5, updatedAt: 10, ...extra });
    writeFileSync(
      join(home, 'progress.json'),
      JSON.stringify({
        format: 'lakeflow-lab/progress', version: 1, labId: 'lab08', learner: null, steps: {}, cards: {}, misses: {}, last: null, workshop: null,
        tasks: { 'practice.1': task({ attempts: 1e30 }), 'practice.2': task({ secondsSpent: 1e308 }), 'practice.3': task({ attempts: 2 }) },
      }),
    );
    const r = run(['progress'], { env: { LAKEFLOW_LAB_HOME: home } });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/e\+\d/);
    expect(r.stdout).toMatch(/attempts must be a whole number from 0 to 1000000/);
    expect(r.stdout).toMatch(/secondsSpent must be a number from 0 to/);
    expect(r.stdout).toMatch(/2 attempts/);
  });
});

describe("special entries in report's folders", () => {
  it('lists every skipped entry with its reason (notCounted in JSON) and never reads outside the folder', () => {
    const dir = mkdtempSync(join(root, 'class-'));
    symlinkSync('/', join(dir, 'rootlink'));
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    symlinkSync(join(dir, 'loop1'), join(dir, 'loop2'));
    symlinkSync(join(dir, 'loop2'), join(dir, 'loop1'));
    symlinkSync(join(dir, 'gone'), join(dir, 'dangling.json'));
    spawnSync('mkfifo', [join(dir, 'pipe.json')]);
    const r = run(['report', dir, '--json']);
    expect(r.error, 'report must end by itself').toBeUndefined();
    const report = JSON.parse(r.stdout) as { notCounted: { file: string; reason: string }[] };
    const reasons = Object.fromEntries(report.notCounted.map((n) => [n.file.slice(dir.length + 1), n.reason]));
    expect(reasons).toEqual({
      rootlink: expect.stringMatching(/outside the folder/),
      'zero.json': expect.stringMatching(/outside the folder/),
      loop1: expect.stringMatching(/loop of links/),
      loop2: expect.stringMatching(/loop of links/),
      'dangling.json': expect.stringMatching(/link to nothing/),
      'pipe.json': expect.stringMatching(/not a regular file/),
    });
  });
});
