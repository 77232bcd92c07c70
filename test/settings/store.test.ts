// The settings store: conf's file beside progress.json, read without conf, written through it,
// migrated by version; a damaged file moved aside, an unwritable folder reported, never a throw.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConfFile } from '../../src/settings/conf-store';
import { readSettingsFile, settingsFilePath } from '../../src/settings/file';
import { progressFilePath } from '../../src/progress/location';
import { DEFAULT_SETTINGS, parseSetting, SETTING_KEYS, type SettingKey, type Settings } from '../../src/settings/schema';
import { openSettings } from '../../src/settings/store';
import { tempDir } from '../support/temp';

const VERSION = '0.1.0';
const open = (dir: string, extra: Parameters<typeof openSettings>[0] = {}) => openSettings({ dir, version: VERSION, ...extra });

/** A value other than the default for every key, as typed. */
const SAMPLE: Record<SettingKey, string> = {
  'learner-name': 'Ada Lovelace',
  'exam-date': '2027-03-15',
  'desired-retention': '0.85',
  'new-cards-per-day': '7',
  'session-size': '25',
  'drill-out': '/srv/class/results',
  'time-zone': 'Asia/Tokyo',
  color: 'never',
  ascii: 'true',
  'confirm-reset': 'false',
};

const fileJson = (dir: string) => JSON.parse(readFileSync(settingsFilePath(dir), 'utf8')) as Record<string, unknown>;

describe('settings file', () => {
  it('lives beside progress.json, so LAKEFLOW_LAB_HOME moves both', async () => {
    const home = tempDir('llt-settings-');
    const store = await openSettings({ env: { LAKEFLOW_LAB_HOME: home } });
    expect(store.file).toBe(join(home, 'settings.json'));
    expect(store.dir).toBe(join(progressFilePath(home), '..'));
  });

  it('every setting has its default and no file is written until something is set', async () => {
    const dir = tempDir('llt-settings-');
    const store = await open(dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.get()['desired-retention']).toBe(0.9);
    expect(existsSync(store.file)).toBe(false);
  });

  it('preloading conf for the Settings screen writes no file (a look is not a change)', async () => {
    const dir = tempDir('llt-settings-');
    const store = await open(dir);
    store.preload();
    await import('conf');
    await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(store.file)).toBe(false);
    expect(await store.set('ascii', true)).toEqual({ saved: true });
    expect(fileJson(dir).ascii).toBe(true);
  });

  it('keeps every key across a restart, conf recording the app version; unset goes back to the default', async () => {
    const dir = tempDir('llt-settings-');
    const store = await open(dir);
    const expected: Partial<Settings> = {};
    for (const key of SETTING_KEYS) {
      const parsed = parseSetting(key, SAMPLE[key], { cwd: '/' });
      if (!parsed.ok) throw new Error(parsed.problem);
      expect(await store.set(key, parsed.value as never)).toEqual({ saved: true });
      (expected as Record<string, unknown>)[key] = parsed.value;
    }
    expect(fileJson(dir)).toMatchObject({ ...expected, __internal__: { migrations: { version: VERSION } } });
    const again = await open(dir);
    expect(again.get()).toEqual({ ...DEFAULT_SETTINGS, ...expected });
    for (const key of SETTING_KEYS) expect(again.isSet(key)).toBe(true);
    await again.unset('desired-retention');
    expect(again.get()['desired-retention']).toBe(0.9);
    expect(again.isSet('desired-retention')).toBe(false);
    expect(fileJson(dir)).not.toHaveProperty('desired-retention');
  });

  it('a file of the current version is read without conf; one conf rejects (a value out of range) is damaged', async () => {
    const dir = tempDir('llt-settings-');
    writeFileSync(settingsFilePath(dir), JSON.stringify({ __internal__: { migrations: { version: VERSION } }, 'session-size': 30 }));
    expect(readSettingsFile(settingsFilePath(dir))).toEqual({ state: 'ok', values: { 'session-size': 30 }, bad: [], version: VERSION });
    writeFileSync(settingsFilePath(dir), JSON.stringify({ 'desired-retention': 0.99 }));
    expect(readSettingsFile(settingsFilePath(dir))).toMatchObject({ state: 'ok', bad: ['desired-retention'] });
    await expect(openConfFile(dir, VERSION)).rejects.toThrow(/schema violation/);
  });

  it('keeps keys it does not know (a newer version wrote them)', async () => {
    const dir = tempDir('llt-settings-');
    writeFileSync(settingsFilePath(dir), JSON.stringify({ __internal__: { migrations: { version: VERSION } }, 'future-thing': 3 }));
    const store = await open(dir);
    await store.set('ascii', true);
    expect(fileJson(dir)).toMatchObject({ 'future-thing': 3, ascii: true });
  });
});

describe('migrations, keyed by the app version', () => {
  it("0.1.0 turns a hand-written file's text values into the schema's types and records the version", async () => {
    const dir = tempDir('llt-settings-');
    writeFileSync(settingsFilePath(dir), JSON.stringify({ 'desired-retention': '0.8', ascii: 'true', 'session-size': '12', 'learner-name': 'Ana' }));
    const store = await open(dir);
    expect(store.warnings).toEqual([]);
    expect(store.get()).toMatchObject({ 'desired-retention': 0.8, ascii: true, 'session-size': 12, 'learner-name': 'Ana' });
    expect(fileJson(dir)).toMatchObject({ 'desired-retention': 0.8, ascii: true, __internal__: { migrations: { version: VERSION } } });
  });

  it('runs each migration newer than the file once, up to the running version', async () => {
    const dir = tempDir('llt-settings-');
    const ran: string[] = [];
    const migrations = {
      '0.1.0': () => void ran.push('0.1.0'),
      '0.2.0': (store: { set(k: string, v: unknown): void }) => {
        ran.push('0.2.0');
        store.set('new-cards-per-day', 5);
      },
      '0.3.0': () => void ran.push('0.3.0'),
    };
    writeFileSync(settingsFilePath(dir), JSON.stringify({ __internal__: { migrations: { version: '0.1.0' } } }));
    const store = await open(dir, { version: '0.2.0', migrations });
    expect(ran).toEqual(['0.2.0']);
    expect(store.get()['new-cards-per-day']).toBe(5);
    await open(dir, { version: '0.2.0', migrations });
    expect(ran).toEqual(['0.2.0']);
    expect(fileJson(dir)).toMatchObject({ __internal__: { migrations: { version: '0.2.0' } } });
  });
});

describe('a damaged or unwritable settings file never stops the app', () => {
  const damaged: Array<[string, (file: string) => void]> = [
    ['not JSON', (f) => writeFileSync(f, '{"ascii": tru')],
    ['a JSON array', (f) => writeFileSync(f, '[1,2]')],
    ['a value a setting cannot take', (f) => writeFileSync(f, JSON.stringify({ color: 'purple', ascii: true }))],
    ['a folder', (f) => mkdirSync(f)],
  ];
  for (const [what, make] of damaged) {
    it(`${what}: defaults, a message naming the backup, the file moved aside`, async () => {
      const dir = tempDir('llt-settings-');
      make(settingsFilePath(dir));
      const store = await open(dir, { now: () => new Date('2026-12-03T09:00:00Z') });
      expect(store.get()).toEqual(DEFAULT_SETTINGS);
      expect(store.warnings).toHaveLength(1);
      expect(store.warnings[0]).toMatch(/was damaged .* moved to .*settings\.corrupt-2026-12-03T09-00-00\.000Z\.json and the defaults apply/);
      expect(readdirSync(dir)).toEqual(['settings.corrupt-2026-12-03T09-00-00.000Z.json']);
      // And it can be written again.
      expect(await store.set('ascii', true)).toEqual({ saved: true });
      expect(fileJson(dir)).toMatchObject({ ascii: true });
    });
  }

  it('an unwritable folder: the change applies for this session, is not kept, and the learner is told', async () => {
    const parent = tempDir('llt-settings-');
    writeFileSync(join(parent, 'file'), '');
    // A folder under a regular file cannot exist (ENOTDIR), even for root.
    const dir = join(parent, 'file', 'home');
    const store = await open(dir);
    const result = await store.set('learner-name', 'Ada');
    expect(result).toEqual({ saved: false, message: expect.stringMatching(/^settings could not be saved to .*settings\.json \(ENOTDIR: .*\): learner-name is Ada until you quit$/) });
    expect(store.get()['learner-name']).toBe('Ada');
    const restarted = await open(dir);
    expect(restarted.get()['learner-name']).toBeNull();
  });
});
