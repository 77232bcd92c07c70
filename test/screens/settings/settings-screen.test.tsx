// The Settings screen: its reducer, and the screen in the App (fake terminal): values edited in
// place, a bad value refused with what the setting takes, unset, and an unwritable folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runTui } from '../../../src/screens/run';
import { cycleChoice, initialSettingsView, selectedKey, settingsViewReducer } from '../../../src/screens/settings/settings-state';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../../../src/settings/schema';
import { openSettings, type SettingsStore } from '../../../src/settings/store';
import { memorySession } from '../../support/memory-session';
import { tempDir } from '../../support/temp';
import { FakeStdin, FakeStdout, KEY, stripAnsi } from '../helpers';

describe('settingsViewReducer', () => {
  it('moves within the list, opens a field only on a typed setting, edits and closes it', () => {
    let s = settingsViewReducer(initialSettingsView, { type: 'move', by: -1 });
    expect(s.index).toBe(0);
    s = settingsViewReducer(s, { type: 'move', by: 99 });
    expect(selectedKey(s)).toBe(SETTING_KEYS[SETTING_KEYS.length - 1]);
    expect(settingsViewReducer(s, { type: 'edit', text: 'x' }).editing).toBeNull();
    s = settingsViewReducer(s, { type: 'select', index: 0 });
    s = settingsViewReducer(s, { type: 'edit', text: 'Ad' });
    expect(s.editing).toMatchObject({ key: 'learner-name', field: { value: 'Ad', cursor: 2 } });
    expect(settingsViewReducer(s, { type: 'move', by: 1 })).toBe(s);
    s = settingsViewReducer(s, { type: 'field', action: { type: 'insert', text: 'a' } });
    expect(s.editing?.field.value).toBe('Ada');
    expect(settingsViewReducer(s, { type: 'stop' }).editing).toBeNull();
  });

  it('cycles a choice both ways, wrapping around', () => {
    expect(cycleChoice('color', DEFAULT_SETTINGS, 1)).toBe('always');
    expect(cycleChoice('color', DEFAULT_SETTINGS, -1)).toBe('never');
    expect(cycleChoice('ascii', DEFAULT_SETTINGS, 1)).toBe('true');
    expect(cycleChoice('learner-name', DEFAULT_SETTINGS, 1)).toBeUndefined();
  });
});

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()?.();
});

function open(settings: SettingsStore) {
  const stdout = new FakeStdout(80, 24);
  const stdin = new FakeStdin();
  const done = runTui({
    session: memorySession().session,
    settings,
    initial: { name: 'settings' },
    altScreen: false,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new FakeStdout(80, 24) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    onWarning: () => undefined,
  });
  stops.push(async () => {
    stdin.write(KEY.ctrlC);
    await done;
  });
  const seen = () => stripAnsi(stdout.frames.join(''));
  let mark = 0;
  return {
    /** Waits for `text` in what was drawn since the previous wait. */
    async waitFor(text: string | RegExp): Promise<void> {
      await vi.waitFor(
        () => {
          const since = seen().slice(mark);
          if (typeof text === 'string' ? !since.includes(text) : !text.test(since)) throw new Error(`no ${String(text)} in:\n${since}`);
        },
        { timeout: 5000, interval: 10 },
      );
      mark = seen().length;
    },
    async keys(...keys: string[]): Promise<void> {
      for (const k of keys) {
        stdin.write(k);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
  };
}

describe('the Settings screen', () => {
  it('refuses a bad value with what the setting takes and keeps the field open; a good one is saved', async () => {
    const settings = await openSettings({ dir: tempDir('llt-settings-screen-'), version: '0.1.0' });
    const t = open(settings);
    await t.waitFor('Saved in');
    await t.keys(KEY.down, KEY.down);
    await t.waitFor('How likely you still know a card');
    await t.keys(KEY.enter, '\u0015', '5', KEY.enter);
    await t.waitFor("desired-retention takes a number from 0.70 to 0.97, got '5'");
    expect(settings.get()['desired-retention']).toBe(0.9);
    await t.keys('\u0015', '0', '.', '8', KEY.enter);
    await t.waitFor('desired-retention: 0.80');
    expect(settings.get()['desired-retention']).toBe(0.8);
    expect((await openSettings({ dir: settings.dir, version: '0.1.0' })).get()['desired-retention']).toBe(0.8);
    await t.keys('u');
    await t.waitFor('back to the default');
    expect(settings.isSet('desired-retention')).toBe(false);
  });

  it('a damaged settings file: the app opens with the defaults and says where the file went', async () => {
    const dir = tempDir('llt-settings-screen-');
    writeFileSync(join(dir, 'settings.json'), '\u0000\u0001 not settings');
    const settings = await openSettings({ dir, version: '0.1.0' });
    const t = open(settings);
    await t.waitFor(/settings file [\s\S]*was\s+damaged\s+\(it\s+is\s+not\s+valid\s+JSON\)[\s\S]*settings\.corrupt-/);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('in a folder that cannot be written, a change applies for the session and the learner is told it is not kept', async () => {
    const parent = tempDir('llt-settings-screen-');
    writeFileSync(join(parent, 'file'), '');
    const settings = await openSettings({ dir: join(parent, 'file', 'home'), version: '0.1.0' });
    const t = open(settings);
    await t.waitFor('Saved in');
    await t.keys(KEY.end, 'k', ' ');
    // The message wraps over the status rows.
    await t.waitFor(/settings could not be saved to[\s\S]*ENOTDIR[\s\S]*ascii is true until[\s\S]*you quit/);
    expect(settings.get().ascii).toBe(true);
  });
});
