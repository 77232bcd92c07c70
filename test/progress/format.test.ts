import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  formatDuration,
  formatProgressJson,
  formatProgressText,
  outlineFromLab,
  type Progress,
  type ProgressOutline,
} from '../../src/progress';
import type { Lab } from '../../src/lessons/types';

const outline: ProgressOutline = {
  steps: [
    { id: 'workshop.1', number: 1, title: 'Create a New Job — `customer_pipeline`' },
    { id: 'workshop.2', number: 2, title: 'Set the Job Name' },
  ],
  tasks: [
    { id: 'practice.1', number: 1, title: 'Job Configuration Basics', blankCount: 3 },
    { id: 'practice.2', number: 2, title: 'Trigger Types', blankCount: 2 },
    { id: 'practice.3', number: 3, title: 'Dependencies', blankCount: 2 },
  ],
};

function sample(): Progress {
  const p = emptyProgress();
  p.learner = { name: 'Ada', updatedAt: 1 };
  p.steps['workshop.2'] = { done: true, updatedAt: 1 };
  p.tasks['practice.1'] = {
    answers: ['3', 'True', ' '],
    attempts: 2,
    hintsUsed: 1,
    solutionRevealed: false,
    passed: true,
    secondsSpent: 200,
    updatedAt: 1,
    lastVerdict: { outcome: 'passed', message: 'ok', at: 1 },
  };
  p.tasks['practice.2'] = { answers: ['x'], attempts: 1, hintsUsed: 0, solutionRevealed: true, passed: false, secondsSpent: 45, updatedAt: 1 };
  p.tasks['practice.9'] = { answers: [], attempts: 0, hintsUsed: 0, solutionRevealed: false, passed: false, secondsSpent: 0, updatedAt: 1 };
  return p;
}

describe('formatProgressText', () => {
  it('lists every step and task in lab order with their state, and the data file', () => {
    const text = formatProgressText(sample(), { outline, file: '/data/progress.json' });
    expect(text).toBe(
      [
        'lakeflow-lab progress — LAB 08 (Ada)',
        '',
        'Workshop: 1/2 steps done',
        '  [ ] Step 1: Create a New Job — `customer_pipeline`',
        '  [x] Step 2: Set the Job Name',
        '',
        'Practice: 1/3 tasks passed',
        '  [x] Task 1: Job Configuration Basics',
        '      passed · 2 attempts · 1 hint · solution not revealed · 3m 20s spent · 2/3 blanks filled',
        '  [ ] Task 2: Trigger Types',
        '      not passed yet · 1 attempt · 0 hints · solution revealed · 45s spent · 1/2 blanks filled',
        '  [ ] Task 3: Dependencies',
        '      not started',
        '',
        'Also saved (not in this version of the lab, kept): practice.9',
        '',
        'Data file: /data/progress.json',
        '',
      ].join('\n'),
    );
  });

  it('shows warnings', () => {
    const text = formatProgressText(emptyProgress(), {
      outline,
      file: '/d/progress.json',
      warnings: [{ code: 'save-failed', level: 'warning', message: 'cannot save (EROFS)' }],
    });
    expect(text).toContain('Warnings:\n  ! cannot save (EROFS)\n');
    expect(text).toContain('Workshop: 0/2 steps done');
  });
});

describe('formatProgressJson', () => {
  it('gives the same facts as data', () => {
    const json = JSON.parse(formatProgressJson(sample(), { outline, file: '/data/progress.json' }));
    expect(json.dataFile).toBe('/data/progress.json');
    expect(json.learner).toBe('Ada');
    expect(json.workshop).toMatchObject({ done: 1, total: 2 });
    expect(json.practice.passed).toBe(1);
    expect(json.practice.tasks[0]).toEqual({
      id: 'practice.1',
      number: 1,
      title: 'Job Configuration Basics',
      status: 'passed',
      passed: true,
      attempts: 2,
      hintsUsed: 1,
      solutionRevealed: false,
      secondsSpent: 200,
      blanksFilled: 2,
      blankCount: 3,
      lastOutcome: 'passed',
    });
    expect(json.practice.tasks[2]).toMatchObject({ status: 'not-started', attempts: 0, lastOutcome: null });
    expect(json.otherIds).toEqual(['practice.9']);
    expect(json.warnings).toEqual([]);
  });
});

describe('helpers', () => {
  it('formatDuration', () => {
    expect([0, 45, 59.6, 200, 3599, 3600, 7325].map(formatDuration)).toEqual(['0s', '45s', '1m 00s', '3m 20s', '59m 59s', '1h 00m', '2h 02m']);
  });

  it('outlineFromLab takes ids, numbers, titles and blank counts', () => {
    const lab = {
      workshop: { steps: [{ id: 'workshop.1', number: 1, title: 'A', blocks: [] }] },
      practice: { tasks: [{ id: 'practice.1', number: 1, title: 'T', blanks: [{}, {}] }] },
    } as unknown as Lab;
    expect(outlineFromLab(lab)).toEqual({
      steps: [{ id: 'workshop.1', number: 1, title: 'A' }],
      tasks: [{ id: 'practice.1', number: 1, title: 'T', blankCount: 2 }],
    });
  });
});
