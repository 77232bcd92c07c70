// The instructor's whole folder at once: drill files (one edited by hand), notebooks in both export
// formats (one with extra and moved cells, one whose verification cell was changed) and hostile
// files. Every learner and task must get the engine's verdict, and every other file a reason.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engineJudge } from '../../src/drill/judge';
import { classReport } from '../../src/drill/report';
import { renderCsv, renderJson, renderText } from '../../src/drill/report-render';
import { labContentHash } from '../../src/drill/result-file';
import { displayWidth } from '../../src/text/width';
import { LAB08 } from '../../src/lessons/lab08';
import { allReference, labCells, toDatabricksSource, toIpynb } from '../notebook/fixtures';
import { labResult, reference, task } from './lab-results';

const root = mkdtempSync(join(tmpdir(), 'lakeflow-class-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const dir = join(root, 'class');
mkdirSync(dir);
const write = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);

// Drill files: Ada right on 3 and 4, Bo wrong on 3's last blank, Mallory's file edited to say she passed it.
const wrong3 = [...reference(3)];
wrong3[3] = '15 * * * *';
write('ada.json', JSON.stringify(labResult('Ada', { 3: { answers: reference(3) }, 4: { answers: reference(4) } }).result));
write('bo.json', JSON.stringify(labResult('Bo', { 3: { answers: wrong3 }, 4: { answers: reference(4) } }).result));
write('mallory.json', JSON.stringify(labResult('Mallory', { 3: { answers: wrong3, outcome: 'passed' }, 4: { answers: reference(4) } }).result));

// Cy's Jupyter notebook: all right, but cells moved and added.
const cyCells = labCells(allReference());
const moved = cyCells.splice(2, 3);
cyCells.push({ kind: 'code', source: '# Name: Cy Young\nscratch = [1, 2, 3]' }, ...moved);
cyCells.splice(5, 0, { kind: 'markdown', source: 'notes to self' });
write('LAB08 (cy).ipynb', toIpynb(cyCells));

// Dee's Databricks notebook: task 3 wrong, its verification cell "fixed" to pass anyway; task 8 uses code outside the subset.
const deeCells = labCells({ ...allReference(), 3: wrong3, 8: `import json\n${task(8).todoCell}` }).map((c) =>
  c.source === task(3).verifyCell ? { ...c, source: c.source.replace(/assert cron_every_15min[^\n]*\n/, '') } : c,
);
write('dee.py', toDatabricksSource(deeCells));

// Hostile and foreign files.
write('broken.ipynb', '{"cells": [');
write('plain.py', 'print("not a notebook")\n');
write('proto.ipynb', '{"__proto__": {"polluted": true}, "cells": []}');
write('huge.json', `{"x": "${'a'.repeat(1024 * 1024 + 1)}"}`);
write('binary.json', Buffer.from([0xff, 0xfe, 0x00, 0x01]));
write('\u001b[2Jevil\u202e.json', JSON.stringify(labResult('Eve\u001b]0;pwned\u0007', { 1: { answers: reference(1) } }).result));
const outside = join(root, 'outside.json');
writeFileSync(outside, JSON.stringify(labResult('Outsider', { 1: { answers: reference(1) } }).result));
symlinkSync(outside, join(dir, 'link-out.json'));
let fifo = false;
try {
  execFileSync('mkfifo', [join(dir, 'pipe.json')]);
  fifo = true;
} catch {
  // No mkfifo here: the FIFO case is covered where it exists.
}

const report = classReport([dir], LAB08, engineJudge(LAB08.practice.tasks), { labHash: labContentHash(LAB08) });
const row = (name: string) => report.learnerRows.find((r) => r.learner === name)!;
const outcomes = (name: string) => Object.fromEntries(row(name).tasks.map((t) => [t.task, t.outcome]));

describe('a report over one mixed class folder', () => {
  it('counts every learner once, drill files and notebooks alike', () => {
    expect(report.learnerRows.map((r) => [r.learner, r.source])).toEqual([
      ['Ada', 'drill'],
      ['Bo', 'drill'],
      ['Cy Young', 'notebook'],
      ['dee', 'notebook'],
      ['Eve\u001b]0;pwned\u0007', 'drill'],
      ['Mallory', 'drill'],
    ]);
  });

  it('gives the engine verdict per learner and task', () => {
    expect(outcomes('Ada')).toEqual({ 3: 'passed', 4: 'passed' });
    expect(outcomes('Bo')).toEqual({ 3: 'failed', 4: 'passed' });
    expect(outcomes('Mallory')).toEqual({ 3: 'failed', 4: 'passed' });
    expect(outcomes('Cy Young')).toEqual({ 1: 'passed', 2: 'passed', 3: 'passed', 4: 'passed', 5: 'passed', 6: 'passed', 7: 'passed', 8: 'passed' });
    expect(outcomes('dee')).toEqual({ 1: 'passed', 2: 'passed', 3: 'failed', 4: 'passed', 5: 'passed', 6: 'passed', 7: 'passed', 8: 'needs-review' });
  });

  it('marks the edited file and says what was changed in notebooks', () => {
    expect(report.learnerRows.filter((r) => r.altered).map((r) => r.learner)).toEqual(['Mallory']);
    expect(row('Mallory').tasks.find((t) => t.task === 3)!.recordedOutcome).toBe('passed');
    const dee3 = row('dee').tasks.find((t) => t.task === 3)!;
    expect(dee3.note).toMatch(/verification cell .* was edited; the lab's original was run/);
    expect(dee3.answers).toEqual(wrong3);
    expect(row('dee').tasks.find((t) => t.task === 8)!.message).toMatch(/Needs a human look/);
  });

  it('blames the one wrong blank across drill files and notebooks', () => {
    const t3 = report.tasks.find((t) => t.task === 3)!;
    expect(t3.blanks.map((b) => b.wrongTotal)).toEqual([0, 0, 0, 3]);
    expect(t3.blanks[3]!.wrong).toEqual([{ answer: '15 * * * *', count: 3, explanation: [
      expect.stringContaining('15 * * * *'),
      "cron_every_15min is '15 * * * *' (str); the check compares it with '*/15 * * * *' (str)",
    ] }]);
    expect(report.tasks.find((t) => t.task === 8)).toMatchObject({ needsReview: 1, passed: 1, passRate: 1 });
  });

  it('lists every hostile or foreign file with a reason', () => {
    const reasons = Object.fromEntries(report.notCounted.map((n) => [n.path.slice(dir.length + 1), n.reason]));
    expect(reasons['broken.ipynb']).toMatch(/not valid JSON/);
    expect(reasons['plain.py']).toMatch(/not a Databricks notebook/);
    expect(reasons['huge.json']).toMatch(/too large/);
    expect(reasons['binary.json']).toMatch(/not UTF-8/);
    expect(reasons['link-out.json']).toMatch(/outside the folder/);
    if (fifo) expect(reasons['pipe.json']).toMatch(/not a regular file/);
    // A notebook without any of the lab's TODO cells is another notebook; its keys polluted nothing.
    expect(reasons['proto.ipynb']).toMatch(/not this lab's notebook/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('prints names and paths inert in text, CSV and JSON', () => {
    for (const out of [renderText(report), renderCsv(report), renderJson(report)]) {
      // eslint-disable-next-line no-control-regex
      expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
    }
    expect(renderText(report)).toContain('Eve\\x1b]0;pwned\\x07');
  });
});

describe('the text report of the mixed folder', () => {
  it('fits 80 columns', () => {
    const text = renderText(report);
    if (process.env.H14_SHOW) process.stdout.write(text);
    for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });
});
