// `lakeflow-lab config`, run as a learner would: the built bin, real processes, temp homes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import { SETTING_KEYS, type SettingKey } from '../../src/settings/schema';
import { buildOnce } from '../support/build';
import { tempDir } from '../support/temp';
import { BIN, ROOT } from '../support/tmux';

function run(args: string[], home: string, opts: { input?: string; nodeArgs?: string[]; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    input: opts.input ?? '',
    encoding: 'utf8',
    cwd: home,
    env: { ...process.env, LAKEFLOW_LAB_HOME: home, NO_COLOR: '', ...opts.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const VALUES: Record<SettingKey, { typed: string; shown: string; json: unknown }> = {
  'learner-name': { typed: 'Ada Lovelace', shown: 'Ada Lovelace', json: 'Ada Lovelace' },
  'exam-date': { typed: '2027-03-15', shown: '2027-03-15', json: '2027-03-15' },
  'desired-retention': { typed: '0.85', shown: '0.85', json: 0.85 },
  'new-cards-per-day': { typed: '0', shown: '0', json: 0 },
  'session-size': { typed: '25', shown: '25', json: 25 },
  'drill-out': { typed: '/srv/class/results', shown: '/srv/class/results', json: '/srv/class/results' },
  'time-zone': { typed: 'America/New_York', shown: 'America/New_York', json: 'America/New_York' },
  color: { typed: 'always', shown: 'always', json: 'always' },
  ascii: { typed: 'true', shown: 'true', json: true },
  'confirm-reset': { typed: 'false', shown: 'false', json: false },
};

const BAD: Record<SettingKey, { typed: string; allowed: RegExp }> = {
  'learner-name': { typed: ' ', allowed: /a name of 1 to 60 characters/ },
  'exam-date': { typed: '2027-02-30', allowed: /a date YYYY-MM-DD/ },
  'desired-retention': { typed: '0.98', allowed: /a number from 0\.70 to 0\.97/ },
  'new-cards-per-day': { typed: '501', allowed: /a whole number from 0 to 500/ },
  'session-size': { typed: '0', allowed: /a whole number from 1 to 100/ },
  'drill-out': { typed: 'a\u0007b', allowed: /a folder path/ },
  'time-zone': { typed: 'Mars/Olympus_Mons', allowed: /an IANA time zone/ },
  color: { typed: 'sometimes', allowed: /auto, always or never/ },
  ascii: { typed: 'yes', allowed: /true or false/ },
  'confirm-reset': { typed: '1', allowed: /true or false/ },
};

beforeAll(() => buildOnce(), 60_000);

describe('lakeflow-lab config', () => {
  it('round-trips every key: set, get, list --json, unset back to the default', () => {
    const home = tempDir('llt-config-');
    for (const key of SETTING_KEYS) {
      const set = run(['config', 'set', key, VALUES[key].typed], home);
      expect(set.code, `${key}: ${set.stderr}`).toBe(0);
      const get = run(['config', 'get', key], home);
      expect(get.stdout).toBe(`${VALUES[key].shown}\n`);
    }
    const json = JSON.parse(run(['config', '--json'], home).stdout) as Record<string, unknown>;
    expect(json).toEqual(Object.fromEntries(SETTING_KEYS.map((k) => [k, VALUES[k].json])));
    const file = JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject(Object.fromEntries(SETTING_KEYS.map((k) => [k, VALUES[k].json])));
    for (const key of SETTING_KEYS) expect(run(['config', 'unset', key], home).code).toBe(0);
    const after = JSON.parse(run(['config', '--json'], home).stdout) as Record<string, unknown>;
    expect(after).toMatchObject({ 'learner-name': null, 'desired-retention': 0.9, color: 'auto', ascii: false, 'confirm-reset': true });
    const list = run(['config'], home);
    expect(list.stdout).toMatch(/^desired-retention +0\.90 \(default\)$/m);
    expect(list.stdout).toContain(`file: ${join(home, 'settings.json')}`);
    expect(run(['config', 'path'], home).stdout).toBe(`${join(home, 'settings.json')}\n`);
    // About 35 processes: on a loaded machine each takes up to a second.
  }, 120_000);

  it('a relative drill-out is kept as the absolute folder it names', () => {
    const home = tempDir('llt-config-');
    expect(run(['config', 'set', 'drill-out', 'results'], home).code).toBe(0);
    expect(run(['config', 'get', 'drill-out'], home).stdout).toBe(`${join(home, 'results')}\n`);
  });

  it('refuses a bad value or key with exit 2 and one line naming what is allowed, changing nothing', () => {
    const home = tempDir('llt-config-');
    for (const key of SETTING_KEYS) {
      const r = run(['config', 'set', key, BAD[key].typed], home);
      expect(r.code, key).toBe(2);
      expect(r.stderr.trim().split('\n'), key).toHaveLength(1);
      expect(r.stderr, key).toMatch(new RegExp(`^lakeflow-lab: ${key} takes `));
      expect(r.stderr, key).toMatch(BAD[key].allowed);
    }
    for (const args of [['config', 'get', 'colour'], ['config', 'set', 'nope', '1'], ['config', 'unset', 'x']]) {
      const r = run(args, home);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^lakeflow-lab: unknown setting '\w+'; settings: learner-name, exam-date, .*confirm-reset\n$/);
    }
    for (const args of [['config', 'frob'], ['config', 'get'], ['config', 'set', 'ascii'], ['config', 'get', 'ascii', '--json'], ['config', '--cards', '3']]) {
      const r = run(args, home);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(readdirSync(home)).toEqual([]);
  }, 60_000);

  it('a damaged file: the command still works, says so once, and the file is moved aside', () => {
    const home = tempDir('llt-config-');
    writeFileSync(join(home, 'settings.json'), '{ not json');
    const r = run(['config', 'get', 'ascii'], home);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('false\n');
    expect(r.stderr).toMatch(/^lakeflow-lab: settings file .* was damaged \(it is not valid JSON\); it was moved to .*settings\.corrupt-.*\.json and the defaults apply\n$/);
    expect(readdirSync(home).filter((f) => f.startsWith('settings.corrupt-'))).toHaveLength(1);
  });

  it('an unwritable home: set says the change was not kept, exit 1', () => {
    const parent = tempDir('llt-config-');
    writeFileSync(join(parent, 'file'), '');
    const r = run(['config', 'set', 'ascii', 'true'], parent, { env: { LAKEFLOW_LAB_HOME: join(parent, 'file', 'home') } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^lakeflow-lab: settings could not be saved to .* \(ENOTDIR: .*\): ascii is true until you quit\n$/);
  });

  it('confirm-reset false: reset wipes without asking', () => {
    const home = tempDir('llt-config-');
    expect(run(['reset'], home).code).toBe(2);
    run(['config', 'set', 'confirm-reset', 'false'], home);
    const r = run(['reset'], home);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Progress wiped');
  });
});

describe('check never loads conf', () => {
  /** The bundle files a command loads, recorded by a module hook (on its own thread). */
  function loadedFiles(args: string[], home: string, input = ''): string[] {
    const dir = tempDir('llt-hook-');
    const log = join(dir, 'loaded.log');
    writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`);
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
    const r = run(args, home, { input, nodeArgs: ['--import', pathToFileURL(join(dir, 'register.mjs')).href] });
    expect(r.stderr).toBe('');
    return readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith('file:'));
  }

  it("loads no file holding conf's code for check; config set does (the control)", () => {
    const chunks = join(ROOT, 'dist', 'chunks');
    const confChunks = readdirSync(chunks)
      .filter((f) => readFileSync(join(chunks, f), 'utf8').includes('Please specify the `projectName` option.'))
      .map((f) => pathToFileURL(join(chunks, f)).href);
    expect(confChunks.length).toBeGreaterThan(0);
    const home = tempDir('llt-config-');
    writeFileSync(join(home, 'settings.json'), '{"ascii": true}');
    const answers = join(home, 'answers.json');
    writeFileSync(answers, JSON.stringify(LAB08.practice.tasks[2]!.blanks.map((b) => b.answer)));
    const check = loadedFiles(['check', '3', '--answers', answers], home);
    expect(check.some((u) => u.includes('/dist/'))).toBe(true);
    expect(check.filter((u) => confChunks.includes(u))).toEqual([]);
    // check did not read (or move) the settings file either.
    expect(readdirSync(home).sort()).toEqual(['answers.json', 'settings.json']);
    const set = loadedFiles(['config', 'set', 'ascii', 'false'], home);
    expect(set.filter((u) => confChunks.includes(u)).length).toBeGreaterThan(0);
  });
});
