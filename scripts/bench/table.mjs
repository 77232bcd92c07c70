// The bench's printed table, the targets it is judged against, and the comparison with the
// previous run.

/** Targets from the performance issue. `value` picks the figure a target is judged on. */
export const TARGETS = {
  coldStart: { label: 'cold start → Home drawn', text: '≤ 2.5x node', value: (r) => r.ratio, ok: (v) => v <= 2.5 },
  check: { label: 'check 3 --answers, end to end', text: '≤ 1.5x node', value: (r) => r.ratio, ok: (v) => v <= 1.5 },
  keystroke: {
    label: 'keystroke → echo',
    text: 'median ≤ 8 ms, p90 ≤ 16 ms',
    value: (r) => r.median,
    ok: (_v, r) => r.median <= 8 && r.p90 <= 16,
  },
  paste: {
    label: '100 KB paste → frame, next key',
    text: '< 100 ms, next key ≤ 16 ms',
    value: (r) => r.median,
    ok: (_v, r) => r.median < 100 && r.nextKey.median <= 16,
  },
  memory: { label: 'peak RSS, all tasks opened', text: '≤ 80 MiB', value: (r) => r.median, ok: (v) => v <= 80 },
  // Side by side with CPython judging the same sets (scripts/bench/cpython-batch.py): a ratio of rates.
  batch: { label: 'check --batch vs CPython', text: '≥ 1.5x CPython', value: (r) => r.ratio, ok: (v) => v >= 1.5 },
  report: { label: 'report', text: '< 2 s', value: (r) => r.median, ok: (v) => v < 2000 },
};

export function judge(name, row) {
  const target = TARGETS[name];
  if (!row.available) return null;
  const v = target.value(row);
  return v === null || v === undefined ? null : target.ok(v, row);
}

const f = (v, digits = 1) => (v === null || v === undefined ? '–' : Number(v).toFixed(digits));

function figures(name, row) {
  if (!row.available) return { median: 'n/a', range: '', extra: `unavailable: ${row.reason}` };
  switch (name) {
    case 'coldStart':
    case 'check':
      return {
        median: `${f(row.median)} ms`,
        range: `${f(row.min)}–${f(row.max)}`,
        extra: `${f(row.ratio, 2)}x node (node -e 0: ${f(row.baseline.median)} ms)`,
      };
    case 'keystroke':
      return { median: `${f(row.median, 2)} ms`, range: `${f(row.min, 2)}–${f(row.max, 2)}`, extra: `p90 ${f(row.p90, 2)} ms · ${row.n} keys, ${row.mode}` };
    case 'paste':
      return {
        median: `${f(row.median, 1)} ms`,
        range: `${f(row.min, 1)}–${f(row.max, 1)}`,
        extra: `next key ${f(row.nextKey.median, 2)} ms (max ${f(row.nextKey.max, 2)}) · ${row.n} pastes of ${row.bytes.toLocaleString('en-US')} B`,
      };
    case 'memory':
      return { median: `${f(row.median)} MiB`, range: `${f(row.min)}–${f(row.max)}`, extra: `${row.tasksOpened} tasks opened` };
    case 'batch':
      return {
        median: `${f(row.median)} ms`,
        range: `${f(row.min)}–${f(row.max)}`,
        extra:
          `${row.setsPerSecond.toLocaleString('en-US')} sets/s (${row.sets.toLocaleString('en-US')} sets)` +
          (row.cpython
            ? ` = ${f(row.ratio, 2)}x ${row.cpython.version} (${row.cpython.setsPerSecond.toLocaleString('en-US')} sets/s, ${f(row.cpython.median)} ms; ` +
              `CPU ${f(row.cpuMs, 0)} vs ${f(row.cpython.cpuMs, 0)} ms = ${f(row.cpuRatio, 2)}x; same outcome ${row.cpython.sameOutcome}/${row.sets})`
            : ' (no python3: no ratio)'),
      };
    case 'report':
      return { median: `${f(row.median)} ms`, range: `${f(row.min)}–${f(row.max)}`, extra: `${row.files} files` };
    default:
      return { median: '', range: '', extra: '' };
  }
}

const pad = (s, n) => s + ' '.repeat(Math.max(0, n - [...s].length));

export function renderTable(results) {
  const lines = [];
  const header = ['', 'median', 'min–max', 'target', 'status', 'detail'];
  const rows = Object.keys(TARGETS)
    .filter((name) => results.rows[name])
    .map((name) => {
      const row = results.rows[name];
      const fig = figures(name, row);
      const met = judge(name, row);
      return [TARGETS[name].label, fig.median, fig.range, TARGETS[name].text, met === null ? '–' : met ? 'met' : 'MISSED', fig.extra];
    });
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]].length)));
  lines.push(header.map((h, i) => pad(h, widths[i])).join('  ').trimEnd());
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) lines.push(r.map((c, i) => pad(c, widths[i])).join('  ').trimEnd());
  const k = results.rows.keystroke;
  if (k?.available && k.mode !== 'typing') lines.push('', `note: keystroke row — ${k.note}.`);
  return lines.join('\n');
}

/** "cold start 312.0 → 298.5 ms (-4.3%)" lines for the rows both runs have. */
export function renderComparison(previous, current) {
  const lines = [];
  for (const name of Object.keys(TARGETS)) {
    const a = previous.rows?.[name];
    const b = current.rows[name];
    if (!a?.available || !b?.available) continue;
    const pick = name === 'batch' ? 'setsPerSecond' : 'median';
    const unit = name === 'batch' ? ' sets/s' : name === 'memory' ? ' MiB' : ' ms';
    const before = a[pick];
    const after = b[pick];
    if (typeof before !== 'number' || typeof after !== 'number' || before === 0) continue;
    const change = ((after - before) / before) * 100;
    let line = `${pad(TARGETS[name].label, 32)} ${f(before)} → ${f(after)}${unit} (${change >= 0 ? '+' : ''}${change.toFixed(1)}%)`;
    if (typeof a.ratio === 'number' && typeof b.ratio === 'number') line += `, ratio ${f(a.ratio, 2)} → ${f(b.ratio, 2)}`;
    lines.push(line);
  }
  return lines.join('\n');
}
