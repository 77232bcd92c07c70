// `lakeflow-lab config [get KEY | set KEY VALUE | unset KEY | path] [--json]`: the learner's
// settings from a shell. Reading never loads conf (store.ts); set and unset write through it.
// Loaded lazily by bin/cli.ts; nothing here imports React or Ink.

import { displayWidth, padEnd } from '../text/width';
import { formatSetting, isSettingKey, parseSetting, SETTING_DEFS, SETTING_KEYS, unknownKeyMessage, type SettingKey } from '../settings/schema';
import { openSettings, type SettingsStore } from '../settings/store';
import { settingsFilePath } from '../settings/file';
import { dataDir } from '../progress/location';
import { UsageError, writeOut } from './io';

export interface ConfigArgs {
  /** The positionals after `config`. */
  rest: string[];
  json: boolean;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

const USAGE = 'config, config get KEY, config set KEY VALUE, config unset KEY, config path';

function keyArg(action: string, key: string | undefined): SettingKey {
  if (key === undefined) throw new UsageError(`config ${action} needs a KEY; settings: ${SETTING_KEYS.join(', ')}`);
  if (!isSettingKey(key)) throw new UsageError(unknownKeyMessage(key));
  return key;
}

function warn(store: SettingsStore): void {
  for (const message of store.warnings) process.stderr.write(`lakeflow-lab: ${message}\n`);
}

function shown(store: SettingsStore, key: SettingKey): string {
  const text = formatSetting(key, store.get()[key] as never);
  return store.isSet(key) ? text : `${text === '' ? SETTING_DEFS[key].defaultText : text} (default)`;
}

/** The list: one line per setting, `KEY  VALUE`, the default marked. */
export function listText(store: SettingsStore): string {
  const width = Math.max(...SETTING_KEYS.map((k) => displayWidth(k))) + 2;
  const lines = SETTING_KEYS.map((key) => `${padEnd(key, width)}${shown(store, key)}`);
  return `${lines.join('\n')}\n\nfile: ${store.file}`;
}

/** The list as JSON: every key with the value in force (null: none). */
export function listJson(store: SettingsStore): string {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) out[key] = store.get()[key];
  return JSON.stringify(out, null, 2);
}

export async function runConfig(args: ConfigArgs): Promise<number> {
  const [action = 'list', key, ...values] = args.rest;
  if (args.json && action !== 'list') throw new UsageError('--json goes with the list: lakeflow-lab config --json');
  switch (action) {
    case 'list': {
      if (args.rest.length > 0 && args.rest[0] !== 'list') break;
      if (key !== undefined) throw new UsageError(`config list takes no KEY (use config get ${key})`);
      const store = await openSettings(args.env ? { env: args.env } : {});
      warn(store);
      writeOut(args.json ? listJson(store) : listText(store));
      return 0;
    }
    case 'path': {
      if (key !== undefined) throw new UsageError('config path takes nothing more');
      writeOut(settingsFilePath(dataDir(args.env)));
      return 0;
    }
    case 'get': {
      const name = keyArg('get', key);
      if (values.length > 0) throw new UsageError(`config get takes one KEY, got ${[key, ...values].join(' ')}`);
      const store = await openSettings(args.env ? { env: args.env } : {});
      warn(store);
      writeOut(formatSetting(name, store.get()[name] as never));
      return 0;
    }
    case 'set': {
      const name = keyArg('set', key);
      if (values.length === 0) throw new UsageError(`config set ${name} needs a VALUE: ${SETTING_DEFS[name].allowed}`);
      // A name may come as several words without quotes.
      const text = values.join(' ');
      const parsed = parseSetting(name, text, { cwd: args.cwd ?? process.cwd() });
      if (!parsed.ok) throw new UsageError(parsed.problem);
      const store = await openSettings(args.env ? { env: args.env } : {});
      warn(store);
      const result = await store.set(name, parsed.value as never);
      if (!result.saved) {
        process.stderr.write(`lakeflow-lab: ${result.message}\n`);
        return 1;
      }
      writeOut(`${name} = ${formatSetting(name, parsed.value as never)}`);
      return 0;
    }
    case 'unset': {
      const name = keyArg('unset', key);
      if (values.length > 0) throw new UsageError(`config unset takes one KEY, got ${[key, ...values].join(' ')}`);
      const store = await openSettings(args.env ? { env: args.env } : {});
      warn(store);
      const result = await store.unset(name);
      if (!result.saved) {
        process.stderr.write(`lakeflow-lab: ${result.message}\n`);
        return 1;
      }
      writeOut(`${name}: back to the default (${shown(store, name).replace(/ \(default\)$/, '')})`);
      return 0;
    }
    default:
      break;
  }
  throw new UsageError(`unknown config action '${action}'; use ${USAGE}`);
}
