// `lakeflow-lab drill [options]`: the classroom drill, opened on its lobby with Home below it.
// The settings are checked first and without React (`drillSettingsFromArgs`), so a mistyped
// option is reported with exit 2 even in a pipe; the TUI is loaded only once they are valid.
import { parseDrillSettings, type DrillSettings } from '../drill/settings';
import { dataDir } from '../progress/location';
import { UsageError } from './io';

export interface DrillArgs {
  /** The raw option values from bin/cli.ts (undefined when absent). */
  minutes?: string;
  tasks?: string;
  seed?: string;
  name?: string;
  attempts?: string;
  noFeedback: boolean;
  out?: string;
  color: boolean;
}

/** The drill's settings from the command line; throws UsageError (exit 2) with the reason. */
export function drillSettingsFromArgs(args: DrillArgs, context: { dataDir?: string; cwd?: string } = {}): DrillSettings {
  const argv: string[] = [];
  // `--key=value`: a value that starts with `--` stays a value.
  const add = (key: string, value: string | undefined): void => {
    if (value !== undefined) argv.push(`--${key}=${value}`);
  };
  add('minutes', args.minutes);
  add('tasks', args.tasks);
  add('seed', args.seed);
  add('name', args.name);
  add('attempts', args.attempts);
  add('out', args.out);
  if (args.noFeedback) argv.push('--no-feedback');
  const parsed = parseDrillSettings(argv, {
    dataDir: context.dataDir ?? dataDir(),
    ...(context.cwd === undefined ? {} : { cwd: context.cwd }),
  });
  if (!parsed.ok) throw new UsageError(parsed.message);
  return parsed.settings;
}

/** `settings`: when bin/cli.ts checked them already (a made-up seed must not change on the way). */
export async function runDrillCommand(args: DrillArgs, settings: DrillSettings = drillSettingsFromArgs(args)): Promise<number> {
  const { openTui } = await import('./app');
  return openTui({ name: 'drill' }, { color: args.color, drill: settings });
}
