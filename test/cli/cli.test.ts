// The scriptable commands, run as a user or a script would: the built bin, real processes.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import { buildOnce } from '../support/build';
import { BIN } from '../support/tmux';
import { tempDir } from '../support/temp';
import { emptyProgress } from '../../src/progress/types';
import { doneUpTo } from '../workshop/helpers';
import { SCHEMA, loadSchema, validateBundle, describeErrors } from '../bundle/schema';

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const home = env.LAKEFLOW_LAB_HOME ?? tempDir('llt-cli-');
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, LAKEFLOW_LAB_HOME: home, NO_COLOR: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, home };
}

const answersOf = (n: number) => LAB08.practice.tasks[n - 1]!.blanks.map((b) => b.answer);

beforeAll(() => buildOnce(), 60_000);

describe('help and version', () => {
  it('prints help listing every command, exit 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['workshop', 'practice', 'drill', 'review', 'check', 'progress', 'reset', 'export bundle', 'report']) {
      expect(r.stdout).toContain(`lakeflow-lab ${cmd}`);
    }
  });
  it('prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
  });
  it('rejects an unknown command or option with exit 2 and one line', () => {
    for (const args of [['frobnicate'], ['--frob'], ['practice', '9'], ['workshop', 'x']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^lakeflow-lab: /);
    }
  });
  it('refuses to open the TUI without a terminal, pointing to check', () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lakeflow-lab check');
    expect(r.stderr).not.toMatch(/Raw mode|at .*\(/);
  });
});

describe('check', () => {
  it('prints the PASSED line and exits 0 for the reference answers of every task', () => {
    for (const task of LAB08.practice.tasks) {
      const r = run(['check', String(task.number), '--answers', '-'], JSON.stringify(answersOf(task.number)));
      expect(r.code, `task ${task.number}: ${r.stderr}`).toBe(0);
      expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^Task ${task.number} PASSED: `));
    }
  });

  it('prints the assertion message and exits 1 on a wrong answer; --json gives the object', () => {
    const answers = ['0 6 * * *', '0 * * * *', '0 8 * * 1-5', '15 * * * *'];
    const text = run(['check', '3', '--answers', '-'], JSON.stringify(answers));
    expect(text.code).toBe(1);
    const introspection = "cron_every_15min is '15 * * * *' (str); the check compares it with '*/15 * * * *' (str)";
    expect(text.stdout.trim()).toBe(`AssertionError: Expected '*/15 * * * *', got '15 * * * *'\n  ${introspection}`);
    const json = run(['check', '3', '--answers', '-', '--json'], JSON.stringify(answers));
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      task: 3, outcome: 'failed', message: "Expected '*/15 * * * *', got '15 * * * *'", errorType: null, pythonMessage: null, output: [],
      explain: [introspection],
    });
  });

  it('reads answers from a file and explains a NameError', () => {
    const dir = tempDir('llt-ans-');
    const file = join(dir, 'a.json');
    // first_task sits inside quotes in the cell, so use task 6 where the learner types expressions.
    const answers = answersOf(6);
    answers[2] = 'refresh_pipeline';
    writeFileSync(file, JSON.stringify(answers));
    const r = run(['check', '6', '--answers', file, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.outcome).toBe('error');
    expect(out.errorType).toBe('NameError');
    expect(out.pythonMessage).toBe("name 'refresh_pipeline' is not defined");
    expect(out.message).toMatch(/quotes/);
  });

  it('exits 2 with one line for usage errors', () => {
    const cases: Array<[string[], string, RegExp]> = [
      [['check', '9', '--answers', '-'], '[]', /unknown task 9/],
      [['check', '3', '--answers', '-'], '["a"]', /task 3 has 4 blanks, got 1 answer/],
      [['check', '3', '--answers', '-'], '{nope', /not valid JSON/],
      [['check', '3', '--answers', '-'], '[1,2,3,4]', /JSON array of strings/],
      [['check', '3', '--answers', '/no/such/file'], '', /no such file/],
      [['check', '3'], '', /missing --answers/],
      [['check'], '', /which task/],
    ];
    for (const [args, input, pattern] of cases) {
      const r = run(args, input);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });

  it('--batch answers each JSON line in order, a bad line gets its own error object', () => {
    const lines = [
      JSON.stringify({ task: 1, answers: answersOf(1) }),
      'not json',
      JSON.stringify({ task: 2, answers: ['scheduled', 'file_arrival', 'continuous', 'adhoc'] }),
      JSON.stringify({ task: 12, answers: [] }),
      '',
      JSON.stringify({ task: 8, answers: answersOf(8) }),
    ].join('\n');
    const r = run(['check', '--batch', '-'], lines);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.outcome)).toEqual(['passed', 'error', 'failed', 'error', 'passed']);
    expect(out[1].errorType).toBe('UsageError');
    expect(out[2].message).toBe('Ad-hoc = manual, got adhoc');
    expect(out[3].message).toMatch(/unknown task 12/);
    const allGood = run(['check', '--batch', '-'], JSON.stringify({ task: 4, answers: answersOf(4) }));
    expect(allGood.code).toBe(0);
  });

  it('--batch judged by several threads writes exactly what one thread writes, in input order', () => {
    // Every task, right and wrong answers, bad lines among them (their messages carry line numbers).
    const lines: string[] = [];
    for (let i = 0; i < 240; i++) {
      const task = LAB08.practice.tasks[i % 8]!;
      const answers = task.blanks.map((b, j) => (i % 3 === 0 && j === i % task.blanks.length ? `${b.answer}x` : b.answer));
      lines.push(i % 37 === 5 ? 'not json' : JSON.stringify({ task: task.number, answers }));
    }
    const input = lines.join('\n');
    // datetime.now() differs between runs; everything else must be equal.
    const stable = (text: string) => text.replace(/processing_time: [\d\-T:.]+/g, 'processing_time: <now>');
    const one = run(['check', '--batch', '-'], input, { LAKEFLOW_LAB_BATCH_THREADS: '1' });
    const three = run(['check', '--batch', '-'], input, { LAKEFLOW_LAB_BATCH_THREADS: '3' });
    expect(one.stdout.trim().split('\n')).toHaveLength(240);
    expect(one.stdout).toMatch(/line 6 is not valid JSON/);
    expect(stable(three.stdout)).toBe(stable(one.stdout));
    expect([three.code, three.stderr]).toEqual([one.code, one.stderr]);
  });
});

describe('progress and reset', () => {
  it('prints empty progress as text and JSON', () => {
    const text = run(['progress']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Workshop: 0/8');
    expect(text.stdout).toContain('SQL lab: 0/9 exercises passed');
    const json = run(['progress', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).sqlLab).toMatchObject({ passed: 0, total: 9 });
  });
  it('reset without a terminal and without --yes refuses; with --yes wipes', () => {
    const r = run(['reset']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--yes/);
    const y = run(['reset', '--yes']);
    expect(y.code).toBe(0);
    expect(y.stdout).toMatch(/wiped/);
  });
});

describe('export bundle', () => {
  function exportFor(name: string): string {
    const out = join(tempDir('llt-exp-'), 'databricks.yml');
    const r = run(['export', 'bundle', '--name', name, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    return readFileSync(out, 'utf8');
  }
  it('writes the reference jobs for --name as a databricks.yml', () => {
    const yaml = exportFor('alice');
    expect(yaml).toContain('alice_orders_pipeline');
    expect(yaml).toContain('retailhub_alice.silver.silver_customers');
  });
  it.skipIf(!SCHEMA.available)(`the exported databricks.yml is valid against the bundle schema${SCHEMA.skipNote}`, () => {
    const validation = validateBundle(exportFor('alice'), loadSchema());
    expect(validation.valid, describeErrors(validation.errors)).toBe(true);
  });
  it('without workshop entries and without --name explains what to do, exit 2', () => {
    const r = run(['export', 'bundle', '--out', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/workshop|--name/);
  });
  it('an unfinished workshop lists what is missing and exits 1 without writing, unless --allow-incomplete', () => {
    const home = tempDir('llt-exp3-');
    const progress = { ...emptyProgress(), workshop: { entries: doneUpTo(6), updatedAt: Date.now() } };
    writeFileSync(join(home, 'progress.json'), JSON.stringify(progress));
    const out = join(home, 'databricks.yml');
    const refused = run(['export', 'bundle', '--out', out], '', { LAKEFLOW_LAB_HOME: home });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the workshop is not finished, so no bundle was written');
    expect(refused.stderr).toMatch(/- step 7: /);
    expect(existsSync(out)).toBe(false);
    const written = run(['export', 'bundle', '--out', out, '--allow-incomplete'], '', { LAKEFLOW_LAB_HOME: home });
    expect(written.code, written.stderr).toBe(0);
    expect(written.stderr).toMatch(/- step 7: /);
    expect(readFileSync(out, 'utf8')).toContain('silver_customer');
  });
  it('does not overwrite an existing databricks.yml by default', () => {
    const dir = tempDir('llt-exp2-');
    writeFileSync(join(dir, 'databricks.yml'), 'mine');
    const result = spawnSync(process.execPath, [BIN, 'export', 'bundle', '--name', 'bob'], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, LAKEFLOW_LAB_HOME: dir },
    });
    expect(result.status).toBe(2);
    expect(readFileSync(join(dir, 'databricks.yml'), 'utf8')).toBe('mine');
    expect(existsSync(join(dir, 'databricks.yml'))).toBe(true);
  });
});
