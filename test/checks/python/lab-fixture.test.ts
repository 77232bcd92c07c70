import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../support/shared';
import { LAB_TASKS } from './lab-cells';

const LAB = sharedFile('lab/LAB08_lakeflow_jobs.md');

describe('lab cell fixture', () => {
  it.skipIf(!LAB.available)(`holds the TODO and Verification cells of Section 2 verbatim${LAB.skipNote}`, () => {
    const md = readFileSync(LAB.path, 'utf8');
    for (const task of LAB_TASKS) {
      expect(md.includes(`In [0]:\n${task.todo}\n`), `task ${task.number} TODO cell`).toBe(true);
      expect(md.includes(`In [0]:\n${task.verify}\n`), `task ${task.number} verification cell`).toBe(true);
    }
  });
});
