// Lab notebooks as learners export them, built from the lab data: Jupyter JSON and Databricks source.
import { fillBlanks } from '../../src/checks/engine';
import { LAB08 } from '../../src/lessons/lab08';

export interface FixtureCell {
  kind: 'code' | 'markdown';
  source: string;
}

export const task = (n: number) => LAB08.practice.tasks.find((t) => t.number === n)!;
export const reference = (n: number) => task(n).blanks.map((b) => b.answer);

/** The lab notebook: setup, then per task a heading, the TODO cell filled with `answers[n]` (left blank when missing) and the verification cell. */
export function labCells(answers: Record<number, string[] | string> = {}): FixtureCell[] {
  const cells: FixtureCell[] = [
    { kind: 'markdown', source: `# ${LAB08.title}` },
    { kind: 'code', source: '%run ../../setup/00_setup' },
  ];
  for (const t of LAB08.practice.tasks) {
    const given = answers[t.number];
    cells.push({ kind: 'markdown', source: `### Task ${t.number}: ${t.title}` });
    cells.push({ kind: 'code', source: typeof given === 'string' ? given : given ? fillBlanks(t.todoCell, given) : t.todoCell });
    cells.push({ kind: 'code', source: t.verifyCell });
  }
  return cells;
}

export function allReference(): Record<number, string[]> {
  return Object.fromEntries(LAB08.practice.tasks.map((t) => [t.number, reference(t.number)]));
}

export function toIpynb(cells: readonly FixtureCell[], metadata: Record<string, unknown> = {}): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata,
    cells: cells.map((c) => ({
      cell_type: c.kind,
      metadata: {},
      // Jupyter keeps the source as a list of lines, each with its newline but the last.
      source: c.source.split('\n').map((line, i, all) => (i < all.length - 1 ? `${line}\n` : line)),
      ...(c.kind === 'code' ? { outputs: [], execution_count: null } : {}),
    })),
  });
}

export function toDatabricksSource(cells: readonly FixtureCell[]): string {
  const body = cells.map((c) => {
    if (c.kind === 'markdown') return ['%md', ...c.source.split('\n')].map((line) => (line === '' ? '# MAGIC' : `# MAGIC ${line}`)).join('\n');
    if (c.source.startsWith('%')) return c.source.split('\n').map((line) => `# MAGIC ${line}`).join('\n');
    return c.source;
  });
  return `# Databricks notebook source\n${body.join('\n\n# COMMAND ----------\n\n')}\n`;
}
