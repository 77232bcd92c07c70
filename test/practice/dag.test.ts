import { describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons';
import { dagModel, dagTaskKeys, dagText, drawDag } from '../../src/practice/dag';
import { parseStringList } from '../../src/practice/pylist';
import type { JobSpec } from '../../src/jobs/types';

const T4 = LAB08.practice.tasks[3]!;
const ANSWERS = T4.blanks.map((b) => b.answer);

/** The lab's diagram, exactly as printed in the task's prompt. */
const LAB_DIAGRAM = [
  '  ingest',
  '    ├── build_dim_tables ──┐',
  '    └── build_fact_tables ─┤',
  '                           └── generate_report',
  '                                 └── send_notification',
];

describe('parseStringList', () => {
  it.each([
    ['[]', []],
    ['["ingest"]', ['ingest']],
    ["['a', \"b\"]", ['a', 'b']],
    ['[ "a" ,"b", ]', ['a', 'b']],
    ['["a" "b"]', ['ab']],
    ['["a\\"b"]', ['a"b']],
  ])('%s', (text, items) => {
    expect(parseStringList(text)).toEqual({ state: 'parsed', items, issues: [] });
  });

  it('reads a list that is still being typed', () => {
    expect(parseStringList('')).toEqual({ state: 'empty' });
    expect(parseStringList('["ingest", "bu')).toEqual({ state: 'parsed', items: ['ingest'], issues: [{ kind: 'unclosed-string' }] });
    expect(parseStringList('["ingest"')).toEqual({ state: 'parsed', items: ['ingest'], issues: [{ kind: 'unclosed-list' }] });
  });

  it('names what Python would object to', () => {
    expect(parseStringList('[ingest]')).toEqual({ state: 'parsed', items: ['ingest'], issues: [{ kind: 'unquoted', name: 'ingest' }] });
    expect(parseStringList('"ingest"')).toEqual({ state: 'parsed', items: ['ingest'], issues: [{ kind: 'not-a-list' }] });
    expect(parseStringList('[1, "a"]')).toEqual({ state: 'parsed', items: ['a'], issues: [{ kind: 'not-string', text: '1' }] });
    expect(parseStringList('["a"] + x')).toEqual({ state: 'parsed', items: ['a'], issues: [{ kind: 'trailing', text: '+ x' }] });
  });
});

describe('dagTaskKeys', () => {
  it('reads the task keys from the blank labels of task 4 only', () => {
    expect(dagTaskKeys(T4)).toEqual(['ingest', 'build_dim_tables', 'build_fact_tables', 'generate_report', 'send_notification']);
    for (const t of LAB08.practice.tasks.filter((t) => t.number !== 4)) expect(dagModel(t, t.blanks.map(() => ''))).toBeNull();
  });
});

describe('the live DAG', () => {
  it('draws the reference answers exactly like the lab\'s diagram, with nothing flagged', () => {
    const model = dagModel(T4, ANSWERS)!;
    expect(dagText(model.lines)).toEqual(LAB_DIAGRAM);
    expect(model.flags).toEqual([]);
    // The lab's own diagram in the prompt is the same picture.
    const prompt = T4.prompt.find((b) => b.kind === 'code');
    expect(prompt && prompt.kind === 'code' && prompt.code.split('\n')).toEqual(LAB_DIAGRAM);
  });

  it('draws from partial input: filled lists are placed, empty ones wait with a ?', () => {
    const model = dagModel(T4, ['[]', '["ingest"]', '', '', ''])!;
    expect(dagText(model.lines)).toEqual([
      '  ingest',
      '    └── build_dim_tables',
      '  build_fact_tables ?',
      '  generate_report ?',
      '  send_notification ?',
    ]);
    expect(model.flags).toEqual([{ severity: 'pending', message: 'Not filled in yet: build_fact_tables, generate_report, send_notification.' }]);
  });

  it('flags a dependency on a task that does not exist', () => {
    const model = dagModel(T4, ['[]', '["ingest"]', '["ingst"]', '', ''])!;
    const unknown = model.flags.find((f) => f.severity === 'error');
    expect(unknown?.task).toBe('build_fact_tables');
    expect(unknown?.message).toContain('"ingst"');
    expect(unknown?.message).toContain('no task with that name');
    expect(dagText(model.lines)).toContain('  build_fact_tables ✗');
  });

  it('flags a cycle, and lists the tasks it keeps from being placed', () => {
    const model = dagModel(T4, ['["send_notification"]', ...ANSWERS.slice(1)])!;
    const cycle = model.flags.find((f) => f.message.includes('loop'));
    expect(cycle?.message).toContain('ingest → build_dim_tables → generate_report → send_notification → ingest');
    expect(dagText(model.lines)).toEqual([
      '  ✗ not placed (waits in a loop): ingest, build_dim_tables, build_fact_tables, generate_report, send_notification',
    ]);
  });

  it('flags a task that depends on itself, and a name without quotes', () => {
    const model = dagModel(T4, ['[]', '["build_dim_tables"]', '[ingest]', '', ''])!;
    const messages = model.flags.map((f) => f.message).join('\n');
    expect(messages).toContain('"build_dim_tables" depends on itself');
    expect(messages).toContain('NameError: ingest is not defined (blank 3: task_dependencies["build_fact_tables"]): text needs quotes');
  });

  it('reads each blank through the interpreter: None is a value that is not a list, never a name needing quotes', () => {
    const model = dagModel(T4, ['None', '["ingest"]', '["ingest"]', '["build_dim_tables", "build_fact_tables"]', '["generate_report"]'])!;
    const messages = model.flags.map((f) => f.message);
    expect(messages).toContain('ingest: None is a value, but not a list (it is NoneType); write the dependencies in [ ] ([] for none).');
    expect(messages.join('\n')).not.toMatch(/needs quotes|NameError/);
    // A string, a tuple and a list with a number: each described as what Python reads.
    const other = dagModel(T4, ['"ingest"', '("ingest",)', '["ingest", 1]', '[]', '[]'])!.flags.map((f) => f.message);
    expect(other).toContain("ingest: 'ingest' is a value, but not a list (it is str); write the dependencies in [ ] ([] for none).");
    expect(other).toContain("build_dim_tables: ('ingest',) is a tuple, not a list; the lab asks for a list in [ ].");
    expect(other).toContain('build_fact_tables: 1 is not a task name; list task names as quoted strings.');
  });

  it('waits while a list or a name is still being typed', () => {
    const model = dagModel(T4, ['[]', '["ingest"', '["ing', '', ''])!;
    expect(model.flags.filter((f) => f.severity === 'pending').map((f) => f.message)).toEqual([
      'Not filled in yet: generate_report, send_notification.',
      'build_dim_tables: the list has no closing ] yet.',
      'build_fact_tables: a quoted name is not closed yet.',
    ]);
    expect(model.flags.some((f) => f.severity === 'error')).toBe(false);
  });

  it('a fan-in whose dependencies are not siblings hangs under the last one and names the others', () => {
    const model = dagModel(T4, ['[]', '["ingest"]', '["ingest"]', '["build_dim_tables", "ingest"]', '["generate_report", "build_fact_tables"]'])!;
    expect(dagText(model.lines)).toEqual([
      '  ingest',
      '    ├── build_dim_tables',
      '    │     └── generate_report  (+ waits for ingest)',
      '    │           └── send_notification  (+ waits for build_fact_tables)',
      '    └── build_fact_tables',
    ]);
  });

  it('joins root tasks too', () => {
    const model = dagModel(T4, ['[]', '[]', '[]', '["build_dim_tables", "build_fact_tables", "ingest"]', '["generate_report"]'])!;
    expect(dagText(model.lines)).toEqual([
      '  ingest ────────────┐',
      '  build_dim_tables ──┤',
      '  build_fact_tables ─┤',
      '                     └── generate_report',
      '                           └── send_notification',
    ]);
  });
});

describe('drawDag on its own', () => {
  it('draws a chain and a fan-out', () => {
    const task = (key: string, deps: string[]) => ({
      task_key: key,
      type: 'notebook' as const,
      notebook_path: '/x',
      source: 'WORKSPACE' as const,
      compute: { kind: 'serverless' as const },
      depends_on: deps,
    });
    const job: JobSpec = {
      key: 'j',
      name: 'j',
      parameters: [],
      tasks: [task('bronze', []), task('silver', ['bronze']), task('gold_a', ['silver']), task('gold_b', ['silver'])],
    };
    expect(dagText(drawDag(job))).toEqual(['  bronze', '    └── silver', '          ├── gold_a', '          └── gold_b']);
  });
});
