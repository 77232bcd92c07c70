// Differential test: the same cells through real CPython 3.11 and through the interpreter.
// Error types must always agree; messages must agree except for SyntaxError family messages
// (those agreements are counted and reported); printed output must always agree.

import { describe, expect, it } from 'vitest';
import { runCells } from '../../../src/checks/python/index';
import { type CPythonResult, pythonInfo, runCPython } from './cpython';
import { NOW } from './helpers';
import { type Case, EDGE_CASES, labCases, randomExpressionCases, randomProgramCases } from './snippets';
import {
  builtinsCases,
  caseMappingCases,
  classMethodCases,
  compileTimeCases,
  datetimeCases,
  debugCases,
  descriptorCases,
  digitLimitCases,
  exceptionClassCases,
  exceptionConstructorCases,
  functionCases,
  keywordCases,
  mathCases,
  bytesCases,
  complexCases,
  complexPowerCases,
  complexFormatCases,
  bytesMethodCases,
  numberTextCases,
  powCases,
  setLiteralCases,
} from './causes';

const SYNTAX_TYPES = new Set(['SyntaxError', 'IndentationError', 'TabError']);

interface Tally {
  cases: number;
  typeAgree: number;
  messageChecked: number;
  messageAgree: number;
  syntaxErrors: number;
  syntaxMessageAgree: number;
  outputAgree: number;
  lineChecked: number;
  lineAgree: number;
  notSupported: number;
  /** Cases with no disagreement of any kind (refusals not counted). */
  agree: number;
  maxMs: number;
  problems: string[];
}

/** strict: SyntaxError messages must agree too (the cause generators check them). */
function compare(cases: Case[], py: CPythonResult[], strict = false): Tally {
  const t: Tally = {
    cases: cases.length, typeAgree: 0, messageChecked: 0, messageAgree: 0, syntaxErrors: 0, syntaxMessageAgree: 0,
    outputAgree: 0, lineChecked: 0, lineAgree: 0, notSupported: 0, agree: 0, maxMs: 0, problems: [],
  };
  cases.forEach((c, i) => {
    const problems = t.problems.length;
    const refused = t.notSupported;
    compareOne(c, py[i] as CPythonResult, strict, t);
    if (t.problems.length === problems && t.notSupported === refused) t.agree++;
  });
  return t;
}

function compareOne(c: Case, p: CPythonResult, strict: boolean, t: Tally): void {
  {
    const t0 = performance.now();
    const ours = runCells(c.cells, { now: NOW });
    t.maxMs = Math.max(t.maxMs, performance.now() - t0);
    const ourType = ours.error?.type ?? null;
    const show = (): string =>
      `${c.name}: ${JSON.stringify(c.cells)}\n  CPython: ${JSON.stringify([p.errorType, p.message, p.output])}\n  ours:    ${JSON.stringify([ourType, ours.error?.message, ours.output])}`;
    if (p.errorType === 'HarnessTimeout') {
      // CPython ran for seconds: the interpreter must have stopped it with its step budget
      if (ourType !== 'RuntimeError') t.problems.push(`timeout ${show()}`);
      return;
    }
    if (ourType === 'NotSupportedError') {
      t.notSupported++;
      t.problems.push(`unexpected NotSupported ${show()}`);
      return;
    }
    if (ourType === p.errorType) t.typeAgree++;
    else t.problems.push(`type ${show()}`);
    if (p.errorType !== null && ourType === p.errorType) {
      if (SYNTAX_TYPES.has(p.errorType)) {
        t.syntaxErrors++;
        if (ours.error?.message === p.message) t.syntaxMessageAgree++;
        else if (strict) t.problems.push(`SyntaxError message ${show()}`);
      } else {
        t.messageChecked++;
        if (ours.error?.message === p.message) t.messageAgree++;
        else t.problems.push(`message ${show()}`);
      }
      if (p.line !== null && p.cell === ours.error?.cell) {
        t.lineChecked++;
        if (ours.error?.line === p.line) t.lineAgree++;
      }
    }
    if (JSON.stringify(ours.output) === JSON.stringify(p.output)) t.outputAgree++;
    else t.problems.push(`output ${show()}`);
  }
}

const info = pythonInfo();

describe('differential test against CPython 3.11', () => {
  if (!info.available) {
    it.skip(`needs python3 3.11 (skipped: ${info.reason})`, () => {});
    return;
  }

  it('agrees on learner answers, edge cases and random programs', { timeout: 240_000 }, () => {
    const groups: [string, Case[], boolean?][] = [
      ['lab answers', labCases(20261123, 25)],
      ['edge cases', EDGE_CASES.map((s, i) => ({ name: `edge${i}`, cells: [s] }))],
      ['random expressions', randomExpressionCases(7, 500)],
      ['random programs', randomProgramCases(11, 300)],
      // one generator per cause of disagreement found in issue #16 (strict: syntax messages too)
      ['cause: missing exception classes', exceptionClassCases(101), true],
      ['cause: set literal order', setLiteralCases(102, 120), true],
      ['cause: exception constructors and str()', exceptionConstructorCases(103, 250), true],
      ['cause: binding __debug__', debugCases(104, 60), true],
      ['cause: compile-time SyntaxErrors', compileTimeCases(105, 200), true],
      ['cause: control characters in number text', numberTextCases(106, 150), true],
      ['cause: 4300-digit limit', digitLimitCases(107, 100), true],
      ['cause: float ** and pow()', powCases(108, 300), true],
      ['cause: keyword arguments CPython refuses', keywordCases(109, 200), true],
      ['cause: descriptors on types', descriptorCases(110, 150), true],
      ['cause: Unicode case mapping', caseMappingCases(111, 200), true],
      ['cause: class methods on types (float.fromhex, float.hex)', classMethodCases(112, 150), true],
      ['cause: assigning __builtins__', builtinsCases(113, 150), true],
      // constructs learners type that the engine used to refuse
      ['realistic: def, lambda, try/except', functionCases(201, 250), true],
      ['realistic: datetime now/utcnow/timestamp/strftime/date', datetimeCases(301, 150), true],
      ['realistic: import math', mathCases(401, 150), true],
      ['realistic: bytes', bytesCases(501, 400), true],
      ['realistic: bytes methods', bytesMethodCases(502, 600), true],
      ['realistic: complex numbers', complexCases(601, 400), true],
      ['realistic: complex powers', complexPowerCases(602, 400), true],
      ['realistic: complex format specs', complexFormatCases(603, 400), true],
    ];
    const all = groups.flatMap(([, cs]) => cs);
    const py = runCPython(all.map((c) => c.cells), NOW);
    let offset = 0;
    const tallies: [string, Tally][] = [];
    for (const [name, cs, strict] of groups) {
      tallies.push([name, compare(cs, py.slice(offset, offset + cs.length), strict)]);
      offset += cs.length;
    }
    const sum = (k: keyof Omit<Tally, 'problems' | 'maxMs'>): number => tallies.reduce((a, [, t]) => a + t[k], 0);
    const lines = tallies.map(
      ([name, t]) =>
        `${name}: ${t.cases} cases, agree ${t.agree}, disagree ${t.cases - t.agree - t.notSupported}, refused ${t.notSupported}; error types ${t.typeAgree}/${t.cases - t.notSupported}; messages ${t.messageAgree}/${t.messageChecked}; ` +
        `SyntaxError messages ${t.syntaxMessageAgree}/${t.syntaxErrors}; output ${t.outputAgree}/${t.cases - t.notSupported}; ` +
        `lines ${t.lineAgree}/${t.lineChecked}; NotSupported ${t.notSupported}; slowest ${t.maxMs.toFixed(1)} ms`,
    );
    lines.push(
      `total: ${sum('cases')} cases, SyntaxError messages identical in ${sum('syntaxMessageAgree')} of ${sum('syntaxErrors')}, ` +
        `error lines identical in ${sum('lineAgree')} of ${sum('lineChecked')}`,
    );
    console.log(lines.join('\n'));
    const problems = tallies.flatMap(([, t]) => t.problems);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(sum('cases')).toBeGreaterThan(400);
    // the lab and edge sets use only the supported subset
    expect(tallies[0]?.[1].notSupported).toBe(0);
    expect(tallies[1]?.[1].notSupported).toBe(0);
  });
});
