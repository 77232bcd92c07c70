// The contract of src/checks: for any text typed into a task's blanks, the verdict equals running
// the TODO cell and then the Verification cell under CPython. Here both run on the same answer sets.
import { describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import type { Blank, PracticeTask } from '../../src/lessons/types';
import { checkTask, fillBlanks } from '../../src/checks/engine';
import { FIXED_NOW, havePython, runPython } from '../support/python';

const VARIANTS: Record<Blank['kind'], string[]> = {
  int: ['3', '3.0', '30', '30.0', '2', '1800/60', '1800//60', '1800 / 60', '3_0', '03', '00', '0x1E', '0b11', '1e16', '10**20',
    'True', 'False', "'3'", '"30"', 'None', '[]', '', 'three', ' 3', '2+1', '(3)', '3,', '1/0', '-0.0', "int('30')", "float('30')",
    'len([1, 2, 3])', '1_800 // 60', '30.000000001', '2 ** -1', '-2', '3 if True else 4', 'abs(-30)', 'round(29.6)', 'max(1, 2)',
    'sum([1, 2])', '1e+1', '12345678901234567890', '0.1 + 0.2', "int('x')", 'x', 'num_tasks', '3 3', '3 +', '(3', '3)', '[3]'],
  bool: ['False', 'True', 'false', 'true', '0', '1', 'None', "'False'", 'not True', '1 == 2', '[]', "''", 'FALSE', 'no',
    'bool(0)', '0.0', 'False and True', 'True or False', '2 > 1', '', 'not', '1 < 2 < 3'],
  string: ['', ' ', 'x', '______', "it's", 'say "hi"', 'back\\slash', 'tab\\t', 'line\\nbreak', 'é ü 中文', 'UPPER', '\\x41',
    "' + '", '" + "', "'", '"', "''", '""', '{', '}', 'None', '0'],
  list: ['[]', '["ingest"]', "['ingest']", '("ingest",)', '"ingest"', '[ingest]', 'None', '["build_dim_tables", "build_fact_tables"]',
    '["build_fact_tables", "build_dim_tables"]', '{"ingest"}', '[1, "a"]', 'sorted(["b", "a"])', '["generate_report"]', '[[]]',
    '[', '[],', '["ingest",]', "list('ab')", '["ingest"] * 2', '["ing" "est"]', '{}', '()', '', '["Ingest"]', '[None]'],
  'list-items': ['', '"build_fact_tables"', '"build_fact_tables", "generate_report"', '1, "a"', '"a" "b"', "'x',", ',',
    '"send_notification", "generate_report", "build_fact_tables"', 'build_fact_tables', '"build_fact_tables"] + ["generate_report"',
    '"build_fact_tables", "generate_report", "send_notification", "ingest"', '[]', 'None', '1, 2, 3', '"z", "a", "m"'],
  expression: ['', 'rows_processed', '15420', '"15420"', "'rows_processed'", 'processing_time', 'datetime.now().isoformat()',
    '"refresh_pipeline"', 'refresh_pipeline', '0', '"missing"', '15420.0', 'None', '[]', 'str(rows_processed)', "'processing_time'",
    'rows_processed + 0', '"refresh_" + "pipeline"', "f'{rows_processed}'", '15_420', 'task_values', '1/0', 'int("15420")'],
  'sql-text': ['', 'FAILED', 'failed', 'SUCCESS', 'FAIL', "FAIL'ED", "'''", '"""', 'FAILED\\', 'ERROR', 'TIMED_OUT', ' FAILED '],
  'sql-number': ['', '7', 'seven', '14', '07', '7 DAYS ORDER BY', "'''", '"""', '1', '-7', '70'],
};

/** A tiny deterministic PRNG so the generated set is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function variantsFor(blank: Blank): string[] {
  const own = [blank.answer, ...(blank.options ?? [])];
  return [...new Set([...own, ...VARIANTS[blank.kind]])];
}

interface Case { task: PracticeTask; answers: string[] }

function generateCases(): Case[] {
  const cases: Case[] = [];
  const rand = mulberry32(20261123);
  for (const task of LAB08.practice.tasks) {
    const reference = task.blanks.map((b) => b.answer);
    cases.push({ task, answers: reference });
    cases.push({ task, answers: task.blanks.map(() => '______') });
    task.blanks.forEach((blank, i) => {
      for (const v of variantsFor(blank)) {
        const answers = [...reference];
        answers[i] = v;
        cases.push({ task, answers });
      }
    });
    for (let n = 0; n < 30; n++) {
      const answers = task.blanks.map((b) => {
        const pool = variantsFor(b);
        return rand() < 0.5 ? b.answer : pool[Math.floor(rand() * pool.length)]!;
      });
      cases.push({ task, answers });
    }
  }
  return cases;
}

const python = havePython();
if (!python) console.warn('python3 >= 3.11 not found: the differential test against CPython is SKIPPED');

describe.skipIf(!python)('checks engine agrees with CPython', () => {
  const cases = generateCases();
  const reference = python ? runPython(cases.map((c) => [fillBlanks(c.task.todoCell, c.answers), c.task.verifyCell])) : [];

  it('covers at least 300 answer sets across all 8 tasks', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(new Set(cases.map((c) => c.task.number)).size).toBe(8);
  });

  it('gives the same outcome, message and error name on every answer set', () => {
    const mismatches: string[] = [];
    let syntaxMessages = 0;
    let syntaxMessagesSame = 0;
    cases.forEach((c, i) => {
      const py = reference[i]!;
      const verdict = checkTask(c.task, c.answers, { now: FIXED_NOW });
      const label = `task ${c.task.number} ${JSON.stringify(c.answers)}`;
      const pyOutcome = py.error === null ? 'passed' : py.error.type === 'AssertionError' ? 'failed' : 'error';
      if (verdict.outcome !== pyOutcome) {
        mismatches.push(`${label}: engine ${verdict.outcome} (${verdict.outcome === 'error' ? verdict.errorType + ': ' + verdict.pythonMessage : verdict.message}) vs python ${pyOutcome} (${py.error ? py.error.type + ': ' + py.error.message : py.output[0]})`);
        return;
      }
      if (JSON.stringify(verdict.output) !== JSON.stringify(py.output)) {
        mismatches.push(`${label}: output ${JSON.stringify(verdict.output)} vs python ${JSON.stringify(py.output)}`);
      }
      if (verdict.outcome === 'failed' && verdict.message !== py.error!.message) {
        mismatches.push(`${label}: message ${JSON.stringify(verdict.message)} vs python ${JSON.stringify(py.error!.message)}`);
      }
      if (verdict.outcome === 'error') {
        const pyErr = py.error!;
        if (verdict.errorType !== pyErr.type) {
          mismatches.push(`${label}: ${verdict.errorType}: ${verdict.pythonMessage} vs python ${pyErr.type}: ${pyErr.message}`);
        } else if (pyErr.type === 'SyntaxError' || pyErr.type === 'IndentationError') {
          syntaxMessages++;
          if (verdict.pythonMessage === pyErr.message) syntaxMessagesSame++;
        } else if (verdict.pythonMessage !== pyErr.message) {
          mismatches.push(`${label}: ${pyErr.type} message ${JSON.stringify(verdict.pythonMessage)} vs python ${JSON.stringify(pyErr.message)}`);
        }
        if ((verdict.cell === 'todo' ? 0 : 1) !== pyErr.cell) {
          mismatches.push(`${label}: raised in cell ${verdict.cell} vs python cell ${pyErr.cell}`);
        }
      }
    });
    console.info(`differential: ${cases.length} answer sets; SyntaxError messages identical in ${syntaxMessagesSame}/${syntaxMessages}`);
    expect(mismatches).toEqual([]);
  });
});
