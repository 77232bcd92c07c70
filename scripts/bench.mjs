#!/usr/bin/env node
// `npm run bench`: the built app, run as a user runs it (a real pseudo-terminal for the TUI, plain
// processes for the scriptable commands), against `node -e 0` measured in the same run.
// Figures go to bench-results/<time>.json and bench-results/latest.json; the previous latest.json,
// when there is one, is compared with this run. Not part of `npm test`: timings depend on the machine.
//
//   node scripts/bench.mjs [options]      (npm run bench -- [options])
//     --quick          1 run of each row, small inputs (a smoke test; figures not comparable)
//     --runs N         runs per timed row (default 15, after a warm-up)
//     --only a,b       rows: coldStart, check, keystroke, paste, memory, batch, report
//     --build          bench a fresh build in a temp folder (immune to dist/ being rebuilt)
//     --app DIR        bench another checkout/build (DIR/bin/lakeflow-lab.js, DIR/dist)
//     --out DIR        where the JSON goes (default bench-results/)
//     --json           print the JSON instead of the table
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadGenerators, writeAnswersFile, writeBatchFile, writeCellsFile, writeResultFolder } from './bench/fixtures.mjs';
import * as measure from './bench/measure.mjs';
import { judge, renderComparison, renderTable, TARGETS } from './bench/table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROWS = Object.keys(TARGETS);

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    runs: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string' },
    build: { type: 'boolean' },
    app: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 14).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
  process.exit(0);
}

const quick = values.quick === true;
const runs = values.runs ? Number(values.runs) : quick ? 1 : 15;
const settings = {
  coldStart: { warmup: quick ? 0 : 2, runs },
  check: { warmup: quick ? 0 : 2, runs },
  keystroke: { keys: quick ? 6 : 60 },
  paste: { runs: quick ? 1 : 7 },
  memory: { runs: quick ? 1 : 3, tasks: quick ? 2 : 8 },
  batch: { warmup: quick ? 0 : 1, runs: quick ? 1 : 5, sets: quick ? 200 : 10_000 },
  report: { warmup: quick ? 0 : 1, runs: quick ? 1 : 7, files: quick ? 20 : 500 },
};
const only = values.only ? values.only.split(',').map((s) => s.trim()) : ROWS;
for (const name of only) if (!ROWS.includes(name)) throw new Error(`unknown row '${name}' (rows: ${ROWS.join(', ')})`);
const outDir = resolve(values.out ?? join(root, 'bench-results'));
const log = (line) => {
  if (!values.json) process.stderr.write(`${line}\n`);
};

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1].trim();
  } catch {
    // Not Linux.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

const tmp = mkdtempSync(join(os.tmpdir(), 'lakeflow-bench-'));
try {
  // The app under test: the repo's own build, a build made now into a temp folder (--build: the
  // figures cannot be disturbed by someone rebuilding dist/ meanwhile), or another checkout (--app).
  let appRoot = values.app ? resolve(values.app) : root;
  if (values.build) {
    appRoot = join(tmp, 'app');
    mkdirSync(join(appRoot, 'bin'), { recursive: true });
    copyFileSync(join(root, 'bin', 'lakeflow-lab.js'), join(appRoot, 'bin', 'lakeflow-lab.js'));
    writeFileSync(join(appRoot, 'package.json'), '{"type":"module"}\n');
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', join(appRoot, 'dist')], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  }
  const bin = join(appRoot, 'bin', 'lakeflow-lab.js');
  if (!existsSync(join(appRoot, 'dist', 'cli.js'))) throw new Error(`${appRoot}/dist/cli.js is missing: run \`npm run build\` (or pass --build)`);

  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  log('bench: generating inputs from the lesson data…');
  const gen = await loadGenerators(tmp);
  const home = mkdtempSync(join(tmp, 'home-'));
  const ctx = {
    bin,
    tmp,
    home,
    answersFile: writeAnswersFile(gen, tmp, 3),
    batchFile: only.includes('batch') ? writeBatchFile(gen, tmp, settings.batch.sets) : null,
    cellsFile: only.includes('batch') ? writeCellsFile(gen, tmp, settings.batch.sets) : null,
    resultFolder: only.includes('report') ? writeResultFolder(gen, tmp, settings.report.files, pkg.version) : null,
  };

  const results = {
    format: 'lakeflow-lab/bench',
    version: 1,
    when: new Date().toISOString(),
    quick,
    app: values.build ? 'built now (--build)' : appRoot,
    machine: {
      nproc: os.availableParallelism?.() ?? os.cpus().length,
      cpu: cpuModel(),
      node: process.version,
      platform: `${process.platform} ${os.release()} ${process.arch}`,
      loadavgBefore: os.loadavg().map((v) => Math.round(v * 100) / 100),
    },
    settings,
    rows: {},
  };

  for (const name of only) {
    log(`bench: ${TARGETS[name].label}…`);
    try {
      results.rows[name] = await measure[name](ctx, settings[name]);
    } catch (error) {
      results.rows[name] = { available: false, reason: error instanceof Error ? error.message : String(error) };
    }
    const met = judge(name, results.rows[name]);
    results.rows[name].target = TARGETS[name].text;
    results.rows[name].met = met;
  }
  results.machine.loadavgAfter = os.loadavg().map((v) => Math.round(v * 100) / 100);

  mkdirSync(outDir, { recursive: true });
  const latest = join(outDir, 'latest.json');
  let previous = null;
  try {
    previous = JSON.parse(readFileSync(latest, 'utf8'));
  } catch {
    // First run.
  }
  const stamped = join(outDir, `${results.when.replace(/[:.]/g, '-')}.json`);
  const text = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(stamped, text);
  writeFileSync(latest, text);

  if (values.json) {
    process.stdout.write(text);
  } else {
    const m = results.machine;
    process.stdout.write(
      `\nlakeflow-lab bench${quick ? ' (--quick: 1 run each, small inputs; figures are not comparable)' : ''}\n` +
        `${m.cpu} · ${m.nproc} CPUs · Node ${m.node} · load ${m.loadavgBefore.join(' ')} → ${m.loadavgAfter.join(' ')}\n\n` +
        `${renderTable(results)}\n`,
    );
    if (previous) {
      const cmp = renderComparison(previous, results);
      if (cmp) process.stdout.write(`\nsince the previous run (${previous.when}${previous.quick ? ', quick' : ''}):\n${cmp}\n`);
    }
    process.stdout.write(`\nwritten: ${stamped}\n`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
