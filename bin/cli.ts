// The dispatcher: parse arguments, pick a mode, and load only what that mode needs. The scriptable
// commands (check, progress, export, report) never import React or Ink; the TUI is loaded lazily.
import { parseArgs } from 'node:util';
import { UsageError } from '../src/cli/io';

const HELP = `lakeflow-lab: LAB 08, Lakeflow Jobs (triggers, dependencies, orchestration)

Usage:
  lakeflow-lab                    open the app (Home)
  lakeflow-lab workshop [N]       open the workshop (step N, 1-8)
  lakeflow-lab practice [N]       open the practice tasks (task N, 1-8)
  lakeflow-lab drill [options]    a timed classroom drill (options below)
  lakeflow-lab review [--cards N] [--cram] [--exam-date YYYY-MM-DD]
                    [--retention R]
                                  spaced review of exam topics and your misses
  lakeflow-lab review --exam [N]    a timed mock exam, N questions (default 20)
  lakeflow-lab review --export anki|json FILE|-
                                  every card, for Anki (tab-separated) or JSON
  lakeflow-lab check <task> --answers FILE|- [--json]
                                  the notebook's verdict on answers: a JSON
                                  array of strings, one per ______ of the cell
  lakeflow-lab check --batch FILE|-
                                  JSON Lines in ({"task":N,"answers":[...]}),
                                  one JSON verdict per line out
  lakeflow-lab check --notebook FILE [--json]
                                  the eight verdicts on a lab notebook
                                  (Jupyter .ipynb or Databricks source .py)
  lakeflow-lab sql [QUERY] [--json|--csv] [--seed S]
                                  run Spark SQL on system.lakeflow tables:
                                  30 days of runs (--seed: which history)
                                  and your workshop runs; no QUERY reads
                                  standard input (on a terminal: SQL screen)
  lakeflow-lab progress [--json]  print your progress
  lakeflow-lab reset [--yes]      wipe your progress (asks first, unless the
                                  confirm-reset setting is false)
  lakeflow-lab config [--json]    list your settings (also on Home: Settings)
  lakeflow-lab config get KEY | set KEY VALUE | unset KEY | path
                                  read, change or clear one setting; the
                                  settings file's path
  lakeflow-lab export bundle [--out FILE] [--name NAME] [--allow-incomplete]
                                  write databricks.yml with both jobs (yours,
                                  or the lab's for NAME); an unfinished
                                  workshop lists what is missing, exit 1
  lakeflow-lab report PATH... [--csv|--json] [--seed S]
                                  class report from drill result files,
                                  notebooks or folders (--seed: the drill's
                                  seed; default: the most common one)
  lakeflow-lab report --live DIR [--anonymous] [--stuck MIN] [--out DIR]
                                  live class view of a folder learners
                                  write to (w writes the report to --out)

Drill options:
  --minutes N   --tasks 1-8|1,3,5   --seed S   --name NAME   --attempts N
  --no-feedback   --out DIR

Options:
  -h, --help      show this help          -v, --version   show the version
  --no-color      no colours (also when NO_COLOR is set)

Settings (config KEY): learner-name, exam-date, desired-retention,
  new-cards-per-day, session-size, drill-out, time-zone, color, ascii,
  confirm-reset. Flags and environment win over them.

Environment:
  LAKEFLOW_LAB_HOME   folder for progress, settings and drill results
                      (default: your OS config folder)

Exit codes: 0 success (all answers passed), 1 some answers failed
(sql: the query failed), 2 usage error.
`;

const COMMANDS = new Set(['workshop', 'practice', 'drill', 'review', 'check', 'sql', 'progress', 'reset', 'export', 'report', 'config', 'home', 'help']);

function fail(message: string): never {
  process.stderr.write(`lakeflow-lab: ${message}\n`);
  process.exit(2);
}

// The options each command takes beyond the global ones; anything else is refused (exit 2), so a
// mistyped or misplaced option never passes silently.
const GLOBAL_OPTIONS = ['help', 'version', 'no-color'];
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  home: [],
  help: [],
  workshop: [],
  practice: [],
  drill: ['minutes', 'tasks', 'seed', 'name', 'attempts', 'no-feedback', 'out'],
  review: ['cards', 'cram', 'export', 'exam-date', 'retention', 'exam'],
  check: ['answers', 'batch', 'json', 'notebook'],
  sql: ['json', 'csv', 'seed'],
  progress: ['json'],
  reset: ['yes'],
  config: ['json'],
  export: ['out', 'name', 'allow-incomplete'],
  report: ['csv', 'json', 'seed', 'live', 'anonymous', 'stuck', 'out'],
};

function refuseForeignOptions(command: string, given: Record<string, unknown>): void {
  const allowed = COMMAND_OPTIONS[command] ?? [];
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined || GLOBAL_OPTIONS.includes(key) || allowed.includes(key)) continue;
    const takes = allowed.length === 0 ? 'it takes no options' : `its options: ${allowed.map((o) => `--${o}`).join(', ')}`;
    throw new UsageError(`--${key} does not apply to '${command}' (${takes})`);
  }
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  'no-color': { type: 'boolean' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  answers: { type: 'string' },
  batch: { type: 'string' },
  notebook: { type: 'string' },
  live: { type: 'boolean' },
  anonymous: { type: 'boolean' },
  stuck: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  out: { type: 'string' },
  name: { type: 'string' },
  minutes: { type: 'string' },
  tasks: { type: 'string' },
  seed: { type: 'string' },
  attempts: { type: 'string' },
  'no-feedback': { type: 'boolean' },
  cards: { type: 'string' },
  cram: { type: 'boolean' },
  'allow-incomplete': { type: 'boolean' },
  export: { type: 'string' },
  'exam-date': { type: 'string' },
  retention: { type: 'string' },
  exam: { type: 'boolean' },
} as const;

const VALUE_OPTIONS = new Set(Object.entries(OPTIONS).filter(([, o]) => o.type === 'string').map(([name]) => name));

/** `--minutes -1` means the value -1 (then refused by its range check), not a missing value. */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg.startsWith('--') && VALUE_OPTIONS.has(arg.slice(2)) && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** parseArgs' own messages span several lines; the learner gets one. */
function parseErrorLine(error: Error): string {
  const message = error.message;
  const ambiguous = /^Option '(--[\w-]+)[^']*' argument is ambiguous/.exec(message);
  if (ambiguous) return `${ambiguous[1]} needs a value; one that starts with a dash is written ${ambiguous[1]}=VALUE`;
  const first = message.split('\n')[0]!.replace(/\. To specify a positional.*$/s, '');
  return `${first} (see --help)`;
}

function wantsColor(noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  const env = process.env.NO_COLOR;
  return env === undefined || env === '';
}

function stepArg(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-8]$/.test(value)) throw new UsageError(`${what} ${value} does not exist: choose 1 to 8`);
  return Number(value);
}

function requireTty(command: string): void {
  if (process.env.TERM === 'dumb') {
    throw new UsageError(
      `'${command}' needs a terminal that can draw a full screen, and TERM=dumb cannot; without one use check, progress, export bundle or report (see --help)`,
    );
  }
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError(
      `'${command}' needs an interactive terminal; for scripts use 'lakeflow-lab check' (see --help)`,
    );
  }
}

/**
 * The learner's settings, before the TUI loads: the `color` setting decides how Ink's colour
 * library starts. Never loaded for check, progress, export or report.
 */
async function tuiSettings(color: boolean) {
  const { openTuiSettings } = await import('../src/settings/startup');
  return openTuiSettings(color);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (error) {
    throw new UsageError(parseErrorLine(error as Error));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${__APP_VERSION__}\n`);
    return 0;
  }
  const [command = 'home', ...rest] = positionals;
  if (!COMMANDS.has(command)) throw new UsageError(`unknown command '${command}' (see --help)`);
  refuseForeignOptions(command, values);
  const color = wantsColor(values['no-color'] === true);

  switch (command) {
    case 'check': {
      if (rest.length > 1) throw new UsageError(`check takes one task number, got ${rest.join(' ')}`);
      const { runCheck } = await import('../src/cli/check');
      return runCheck({ task: rest[0], answers: values.answers, batch: values.batch, notebook: values.notebook, json: values.json === true });
    }
    case 'sql': {
      const { runSql, sqlOptions } = await import('../src/cli/sql');
      const args = { query: rest, json: values.json === true, csv: values.csv === true, seed: values.seed, stdinIsTty: process.stdin.isTTY === true, color };
      sqlOptions(args);
      if (rest.length === 0 && args.stdinIsTty) requireTty('sql');
      return runSql(args);
    }
    case 'progress': {
      const { runProgress } = await import('../src/cli/progress');
      return runProgress({ json: values.json === true });
    }
    case 'reset': {
      const [{ runReset }, { openSettings }] = await Promise.all([import('../src/cli/progress'), import('../src/settings/startup')]);
      const settings = await openSettings();
      for (const message of settings.warnings) process.stderr.write(`lakeflow-lab: ${message}\n`);
      return runReset({ yes: values.yes === true || !settings.get()['confirm-reset'] });
    }
    case 'config': {
      const { runConfig } = await import('../src/cli/config');
      return runConfig({ rest, json: values.json === true });
    }
    case 'export': {
      if (rest[0] !== 'bundle' || rest.length > 1) throw new UsageError('usage: lakeflow-lab export bundle [--out FILE] [--name NAME] [--allow-incomplete]');
      const { runExportBundle } = await import('../src/cli/export');
      return runExportBundle({ out: values.out, name: values.name, allowIncomplete: values['allow-incomplete'] === true });
    }
    case 'report': {
      if (rest.length === 0) throw new UsageError('report needs result files or folders: lakeflow-lab report PATH…');
      if (values.live === true) {
        const { liveOptions, runLiveReport } = await import('../src/cli/report');
        const args = {
          paths: rest, anonymous: values.anonymous === true, stuck: values.stuck, out: values.out,
          csv: values.csv === true, json: values.json === true, seed: values.seed, color,
        };
        // A wrong folder or option is reported before the terminal check, even in a pipe.
        liveOptions(args);
        requireTty('report --live');
        const prefs = (await tuiSettings(color)).get();
        const { usesColor } = await import('../src/settings/startup');
        // As the app does (src/cli/young-generation.ts says why).
        (await import('node:v8')).setFlagsFromString('--semi-space-growth-factor=1');
        return runLiveReport({ ...args, color: usesColor(color, prefs), ascii: prefs.ascii });
      }
      if (values.anonymous === true || values.stuck !== undefined || values.out !== undefined) {
        throw new UsageError('--anonymous, --stuck and --out go with --live (see --help)');
      }
      const { runReport } = await import('../src/cli/report');
      return runReport({ paths: rest, csv: values.csv === true, json: values.json === true, seed: values.seed });
    }
    case 'drill': {
      if (rest.length > 0) throw new UsageError(`drill takes options only, got ${rest.join(' ')} (see --help)`);
      const { drillSettingsFromArgs, ensureResultFolder, runDrillCommand } = await import('../src/cli/drill');
      const args = {
        minutes: values.minutes, tasks: values.tasks, seed: values.seed, name: values.name,
        attempts: values.attempts, noFeedback: values['no-feedback'] === true, out: values.out, color,
      };
      const prefs = await tuiSettings(color);
      const { drillDefaultsOf } = await import('../src/settings/startup');
      // A mistyped option is reported before the terminal check, even in a pipe.
      const settings = drillSettingsFromArgs(args, { defaults: drillDefaultsOf(prefs.get()) });
      ensureResultFolder(settings.out);
      requireTty('drill');
      return runDrillCommand(args, settings, prefs);
    }
    case 'review': {
      const { parseCards, parseExamQuestions, parseSettings, runReviewCommand, runReviewExport } = await import('../src/cli/review');
      if (values.export !== undefined) {
        if (rest.length > 1) throw new UsageError(`review --export takes one FILE, got ${rest.join(' ')}`);
        return runReviewExport({ format: values.export, file: rest[0] });
      }
      // `--exam [N]`: N is the one positional, and only with --exam.
      const exam = values.exam === true ? (rest[0] ?? '') : undefined;
      if (rest.length > (exam === undefined ? 0 : 1)) throw new UsageError(`review takes options only, got ${rest.join(' ')} (see --help)`);
      const settings = { examDate: values['exam-date'], retention: values.retention };
      parseCards(values.cards);
      parseSettings(settings);
      parseExamQuestions(exam);
      requireTty('review');
      const prefs = await tuiSettings(color);
      return runReviewCommand({ cards: values.cards, cram: values.cram === true, color, prefs, ...settings, ...(exam === undefined ? {} : { exam }) });
    }
    default: {
      if (rest.length > 1) throw new UsageError(`${command} takes at most one number (see --help)`);
      requireTty(command === 'home' ? 'lakeflow-lab' : command);
      const settings = await tuiSettings(color);
      const { startApp } = await import('../src/cli/app');
      if (command === 'workshop') return startApp({ initial: { name: 'workshop', step: stepArg(rest[0], 'step') }, color, settings });
      if (command === 'practice') return startApp({ initial: { name: 'practice', task: stepArg(rest[0], 'task') }, color, settings });
      return startApp({ initial: { name: 'home' }, color, settings });
    }
  }
}

// A reader that stops early (\`| head -1\`) closes the pipe: stop quietly, as command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) fail(error.message);
  // An unexpected failure still gets one readable line; the stack only with LAKEFLOW_LAB_DEBUG.
  process.stderr.write(`lakeflow-lab: unexpected error: ${(error as Error).message ?? String(error)}\n`);
  if (process.env.LAKEFLOW_LAB_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
  process.exitCode = 70;
}
