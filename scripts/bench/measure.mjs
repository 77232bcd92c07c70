// The bench's measurements. Each returns a plain object (the row's JSON); a row that cannot be
// measured on this build returns { available: false, reason } instead of failing the whole bench.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { timeProcess, timeProcessCpu } from './proc.mjs';
import { summarize } from './stats.mjs';
import { Session, cleanEnv, loadPty } from './term.mjs';

const NODE = process.execPath;
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : Math.round((a / b) * 100) / 100);

function freshHome(tmp) {
  return mkdtempSync(join(tmp, 'home-'));
}

/** Runs `pair()` warmup + runs times; pair() returns [baselineMs, appMs]. Interleaved by design. */
async function interleaved(pair, { warmup, runs }) {
  const base = [];
  const app = [];
  for (let i = 0; i < warmup + runs; i++) {
    const [b, a] = await pair(i);
    if (i >= warmup) {
      base.push(b);
      app.push(a);
    }
  }
  return { base, app };
}

function unavailable(reason, extra = {}) {
  return { available: false, reason, ...extra };
}

function ptyMissing() {
  const { pty, error } = loadPty();
  return pty ? null : unavailable(`node-pty cannot load: ${error}`);
}

async function ptyNodeBaseline() {
  const s = new Session(NODE, ['-e', '0']);
  const exit = await s.exitPromise;
  return exit.at - s.startedAt;
}

// ---- cold start ----------------------------------------------------------------------------------

/** Process start → the first complete frame of Home with its footer (the last line drawn). */
export async function coldStart(ctx, { warmup, runs, marker = '? help' }) {
  const missing = ptyMissing();
  if (missing) return missing;
  let firstBytes = [];
  const { base, app } = await interleaved(async (i) => {
    const b = await ptyNodeBaseline();
    const s = new Session(NODE, [ctx.bin], { env: cleanEnv({ LAKEFLOW_LAB_HOME: freshHome(ctx.tmp) }) });
    let firstByte = null;
    s.waitFor((out) => out.length > 0, { timeoutMs: 15_000 }).then((t) => (firstByte = t), () => undefined);
    const at = await s.waitForFrame(marker, { timeoutMs: 15_000, what: `Home's footer (${marker})` });
    await s.close('q');
    if (i >= warmup && firstByte !== null) firstBytes.push(firstByte - s.startedAt);
    return [b, at - s.startedAt];
  }, { warmup, runs });
  const stats = summarize(app);
  const baseline = summarize(base);
  return {
    available: true,
    unit: 'ms',
    ...stats,
    firstByteMedian: summarize(firstBytes).median,
    baseline,
    ratio: ratio(stats.median, baseline.median),
  };
}

// ---- check, end to end ---------------------------------------------------------------------------

export async function check(ctx, { warmup, runs, task = 3 }) {
  const args = [ctx.bin, 'check', String(task), '--answers', ctx.answersFile];
  const probe = await timeProcess(NODE, args, { env: cleanEnv({ LAKEFLOW_LAB_HOME: ctx.home }) });
  if (probe.code !== 0 && probe.code !== 1) {
    return unavailable(`check ${task} exited ${probe.code}: ${probe.stderr.trim().split('\n')[0] ?? ''}`);
  }
  const { base, app } = await interleaved(async () => {
    const b = await timeProcess(NODE, ['-e', '0']);
    const a = await timeProcess(NODE, args, { env: cleanEnv({ LAKEFLOW_LAB_HOME: ctx.home }) });
    return [b.ms, a.ms];
  }, { warmup, runs });
  const stats = summarize(app);
  const baseline = summarize(base);
  return {
    available: true,
    unit: 'ms',
    ...stats,
    verdict: probe.code === 0 ? 'passed' : 'failed',
    baseline,
    ratio: ratio(stats.median, baseline.median),
  };
}

// ---- keystroke → echo ----------------------------------------------------------------------------

// Letters no screen binds to a command (q quits, n/p change task, j/k scroll…), in an order that
// spells nothing in the lesson text, so an echo can be recognised in the frame.
const TYPED = 'zvxwyzvxwy';
const BACKSPACE = '\u007F';
const DOWN = '\u001B[B';
const UP = '\u001B[A';
const TAB = '\t';

async function settle(s, ms = 300) {
  // Let mount-time effects draw their frames before timing anything.
  let length = -1;
  while (length !== s.output.length) {
    length = s.output.length;
    await sleep(ms);
  }
}

async function keyFrame(s, key, marker, timeoutMs = 1000) {
  const from = s.output.length;
  const at = s.write(key);
  try {
    const shown = await s.waitForFrame(marker, { from, timeoutMs, what: `the echo of ${JSON.stringify(key)}` });
    return shown - at;
  } catch {
    return null;
  }
}

/** Types into practice task 4's first blank and times each key until its echo is drawn. */
export async function keystroke(ctx, { keys, intervalMs = 100, task = 4, cols = 80, rows = 24 }) {
  const missing = ptyMissing();
  if (missing) return missing;
  const s = new Session(NODE, [ctx.bin, 'practice', String(task)], {
    cols,
    rows,
    env: cleanEnv({ LAKEFLOW_LAB_HOME: freshHome(ctx.tmp) }),
  });
  try {
    await s.waitForFrame(new RegExp(`Task ${task}/\\d`), { timeoutMs: 15_000, what: `practice task ${task}` });
    await settle(s);

    // Does this screen take typing yet? Try the blank the screen opens on, then Enter (the
    // practice editor's "fill in"), then Tab to a blank.
    let mode = null;
    for (const prefix of ['', '\r', TAB]) {
      if (prefix) await keyFrame(s, prefix, undefined, 500);
      let typed = '';
      for (const ch of TYPED.slice(0, 3)) {
        typed += ch;
        await keyFrame(s, ch, undefined, 500);
      }
      if ((s.lastFrame() ?? '').includes(typed)) {
        mode = 'typing';
        for (let i = 0; i < typed.length; i++) await keyFrame(s, BACKSPACE, undefined, 500);
        break;
      }
    }
    if (mode === null) {
      // Nothing echoed: an Esc returns to command mode if a field was entered, then scroll instead.
      mode = 'scroll';
      await settle(s, 200);
    }

    const times = [];
    let missed = 0;
    let typed = '';
    for (let i = 0; i < keys; i++) {
      const cycleAt = performance.now();
      let ms;
      if (mode === 'typing') {
        // Ten letters in, ten out: the blank stays short, as a real answer would.
        const typing = Math.floor(i / 10) % 2 === 0;
        if (typing) {
          const ch = TYPED[typed.length % TYPED.length];
          typed += ch;
          ms = await keyFrame(s, ch, typed.length >= 3 ? typed.slice(-3) : undefined);
        } else {
          typed = typed.slice(0, -1);
          ms = await keyFrame(s, BACKSPACE, undefined);
        }
      } else {
        ms = await keyFrame(s, i % 2 === 0 ? DOWN : UP, undefined);
      }
      if (ms === null) missed++;
      else times.push(ms);
      const wait = intervalMs - (performance.now() - cycleAt);
      if (wait > 0) await sleep(wait);
    }
    const stats = summarize(times);
    return {
      available: true,
      unit: 'ms',
      mode,
      screen: `practice ${task} at ${cols}x${rows}`,
      note:
        mode === 'typing'
          ? 'letters typed into a blank, then erased with Backspace'
          : 'no editable blank on this screen yet: ↓/↑ scroll repaints measured instead',
      ...stats,
      missed,
    };
  } finally {
    await s.close('\u0003');
  }
}

// ---- a 100 KB bracketed paste into a blank ---------------------------------------------------------

const PASTE_START = '\u001B[200~';
const PASTE_END = '\u001B[201~';
const CTRL_U = '\u0015';

/**
 * Pastes 100 KB (bracketed, as a terminal does) into practice task 4's first blank and times the
 * frame that shows it (the kept text's end, where the 2,000-character cap cut it), then the echo of
 * the next key (Backspace). The blank is cleared with Ctrl+U between runs.
 */
export async function paste(ctx, { runs, bytes = 100_000, task = 4, cols = 80, rows = 24 }) {
  const missing = ptyMissing();
  if (missing) return missing;
  const s = new Session(NODE, [ctx.bin, 'practice', String(task)], { cols, rows, env: cleanEnv({ LAKEFLOW_LAB_HOME: freshHome(ctx.tmp) }) });
  // The blank keeps its first 2,000 characters: they end in a mark the frame can be searched for.
  const kept = `${'a'.repeat(1997)}XYZ`;
  const text = kept + 'b'.repeat(Math.max(0, bytes - kept.length));
  const gap = '[\\s┆│]*';
  try {
    await s.waitForFrame(new RegExp(`Task ${task}/\\d`), { timeoutMs: 15_000, what: `practice task ${task}` });
    await settle(s);
    await keyFrame(s, '\r', 'Esc commands', 2000);
    await settle(s, 200);
    const pasteMs = [];
    const nextMs = [];
    let missed = 0;
    for (let i = 0; i < runs; i++) {
      const shown = await keyFrame(s, PASTE_START + text + PASTE_END, new RegExp(`XYZ${gap},`), 10_000);
      const next = await keyFrame(s, BACKSPACE, new RegExp(`aXY${gap},`), 2000);
      if (shown === null || next === null) missed++;
      if (shown !== null) pasteMs.push(shown);
      if (next !== null) nextMs.push(next);
      await keyFrame(s, CTRL_U, undefined, 1000);
      await settle(s, 150);
    }
    const stats = summarize(pasteMs);
    return {
      available: true,
      unit: 'ms',
      screen: `practice ${task} at ${cols}x${rows}`,
      bytes,
      ...stats,
      nextKey: summarize(nextMs),
      missed,
    };
  } finally {
    await s.close('\u0003');
  }
}

// ---- peak memory ---------------------------------------------------------------------------------

function readHwmKiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

const header = (frame) => (frame ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
/** Whether the list's selected row (the one marked ›) is Task t. */
const selected = (frame, t) => (frame ?? '').split('\n').some((l) => new RegExp(`^\\s*› .*Task ${t}\\b`).test(l));

/** Opens every practice task from the task list, one after the other, then reads VmHWM. */
export async function memory(ctx, { runs, tasks = 8 }) {
  const missing = ptyMissing();
  if (missing) return missing;
  if (process.platform !== 'linux') return unavailable('peak memory is read from /proc (Linux only)');
  const peaks = [];
  for (let r = 0; r < runs; r++) {
    const s = new Session(NODE, [ctx.bin, 'practice'], { env: cleanEnv({ LAKEFLOW_LAB_HOME: freshHome(ctx.tmp) }) });
    try {
      const onList = (f) => /› Practice\s*$/.test(header(f));
      await s.waitForFrame(/› Practice\s*\n/, { timeoutMs: 15_000, what: 'the practice list' });
      for (let t = 1; t <= tasks; t++) {
        await settle(s, 100);
        // A pause after each key: Ink re-subscribes a list's key handler in an effect after the
        // frame is drawn, and an Enter that beats it opens the row selected before. The list
        // holds other rows too (Overview, the SQL lab, Summary): go down until Task t is selected.
        await keyFrame(s, 'g', undefined, 500);
        await sleep(40);
        for (let k = 0; k < 20 && !selected(s.lastFrame(), t); k++) {
          await keyFrame(s, 'j', undefined, 500);
          await sleep(40);
        }
        if (!selected(s.lastFrame(), t)) throw new Error(`could not select task ${t} in the practice list`);
        const from = s.output.length;
        s.write('\r');
        // The task's own title, not just the breadcrumb: the screen itself may still be loading.
        await s.waitForFrame(new RegExp(`Task ${t}/\\d`), { from, timeoutMs: 5000, what: `task ${t}` });
        await settle(s, 150);
        // Esc leaves a blank first on screens that have one, then goes back to the list.
        for (let k = 0; k < 3 && !onList(s.lastFrame()); k++) {
          await keyFrame(s, '\u001B', undefined, 700);
          // One Esc may draw more than one frame; look once the screen has settled.
          await settle(s, 150);
        }
        if (!onList(s.lastFrame())) throw new Error(`could not get back to the task list from task ${t}`);
      }
      await settle(s, 100);
      const kib = readHwmKiB(s.pid);
      if (kib === null) return unavailable(`could not read /proc/${s.pid}/status`);
      peaks.push(kib / 1024);
    } finally {
      await s.close('\u0003');
    }
  }
  const stats = summarize(peaks);
  return { available: true, unit: 'MiB', tasksOpened: tasks, ...stats };
}

// ---- the checks engine in bulk -------------------------------------------------------------------

const CPYTHON_BATCH = fileURLToPath(new URL('./cpython-batch.py', import.meta.url));

function python3Version() {
  const r = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout || r.stderr).trim() : null;
}

function outcomes(file) {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).outcome);
}

/**
 * `check --batch` on the answer sets, end to end, and side by side with it (interleaved, same run)
 * CPython compiling and exec'ing the same two cells per set in one process (cpython-batch.py).
 * The target is a ratio of rates, so it holds on any machine.
 */
export async function batch(ctx, { warmup, runs, sets }) {
  const outFile = join(ctx.tmp, 'batch-out.jsonl');
  const pyOutFile = join(ctx.tmp, 'batch-cpython-out.jsonl');
  const args = [ctx.bin, 'check', '--batch', ctx.batchFile];
  const python = python3Version();
  const times = [];
  const pyTimes = [];
  const cpu = [];
  const pyCpu = [];
  let agree = null;
  for (let i = 0; i < warmup + runs; i++) {
    const r = await timeProcessCpu(NODE, args, { env: cleanEnv({ LAKEFLOW_LAB_HOME: ctx.home }), stdoutFile: outFile });
    if (r.code !== 0 && r.code !== 1) {
      return unavailable(`check --batch exited ${r.code}: ${r.stderr.trim().split('\n')[0] ?? ''}`, { sets });
    }
    const lines = readFileSync(outFile, 'utf8').split('\n').filter(Boolean).length;
    if (lines !== sets) return unavailable(`check --batch wrote ${lines} verdicts for ${sets} answer sets`, { sets });
    if (i >= warmup) {
      times.push(r.ms);
      if (r.cpuMs !== null) cpu.push(r.cpuMs);
    }
    if (python) {
      const p = await timeProcessCpu('python3', [CPYTHON_BATCH, ctx.cellsFile], { stdoutFile: pyOutFile });
      if (p.code !== 0) return unavailable(`cpython-batch.py exited ${p.code}: ${p.stderr.trim().split('\n').pop() ?? ''}`, { sets });
      if (i >= warmup) {
        pyTimes.push(p.ms);
        if (p.cpuMs !== null) pyCpu.push(p.cpuMs);
      }
      if (agree === null) {
        const ours = outcomes(outFile);
        const theirs = outcomes(pyOutFile);
        agree = ours.filter((o, k) => o === theirs[k]).length;
      }
    }
  }
  rmSync(outFile, { force: true });
  rmSync(pyOutFile, { force: true });
  const stats = summarize(times);
  const setsPerSecond = Math.round(sets / (stats.median / 1000));
  let cpython = null;
  if (python) {
    const py = summarize(pyTimes);
    cpython = {
      version: python,
      ...py,
      setsPerSecond: Math.round(sets / (py.median / 1000)),
      cpuMs: pyCpu.length > 0 ? summarize(pyCpu).median : null,
      sameOutcome: agree,
    };
  }
  return {
    available: true,
    unit: 'ms',
    sets,
    ...stats,
    // End to end, start-up included: what a script calling the command gets.
    setsPerSecond,
    cpython,
    // CPU time (every thread), median: unlike wall time it hardly depends on the machine's load.
    cpuMs: cpu.length > 0 ? summarize(cpu).median : null,
    // Our rate over CPython's, both end to end; null without python3.
    ratio: cpython ? Math.round((setsPerSecond / cpython.setsPerSecond) * 100) / 100 : null,
    // The same in CPU time: CPython's CPU time over ours (more than 1: we use less).
    cpuRatio: cpython?.cpuMs && cpu.length > 0 ? Math.round((cpython.cpuMs / summarize(cpu).median) * 100) / 100 : null,
    threads: Number(process.env.LAKEFLOW_LAB_BATCH_THREADS) || 'one per idle CPU',
  };
}

// ---- report --------------------------------------------------------------------------------------

export async function report(ctx, { warmup, runs, files }) {
  const args = [ctx.bin, 'report', ctx.resultFolder];
  const outFile = join(ctx.tmp, 'report-out.txt');
  const times = [];
  for (let i = 0; i < warmup + runs; i++) {
    const r = await timeProcess(NODE, args, { env: cleanEnv({ LAKEFLOW_LAB_HOME: ctx.home }), stdoutFile: outFile });
    if (r.code !== 0) return unavailable(`report exited ${r.code}: ${r.stderr.trim().split('\n')[0] ?? ''}`, { files });
    const text = readFileSync(outFile, 'utf8');
    if (!text.includes(`Learners ${files}`)) return unavailable(`report did not count ${files} learners`, { files });
    if (i >= warmup) times.push(r.ms);
  }
  return { available: true, unit: 'ms', files, ...summarize(times) };
}
