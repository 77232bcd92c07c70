import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DrillOptions, DrillSettings } from '../../src/drill/settings';
import { drillSettings, generateSeed, parseTaskList } from '../../src/drill/settings';

const context = { dataDir: '/data/lakeflow-lab', cwd: '/home/ada', randomSeed: () => 'abc234' };

function ok(options: DrillOptions): DrillSettings {
  const result = drillSettings(options, context);
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.settings;
}

function message(options: DrillOptions): string {
  const result = drillSettings(options, context);
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(options)}`);
  return result.message;
}

describe('drillSettings', () => {
  it('gives the defaults and a generated seed that must be shown', () => {
    expect(ok({})).toEqual({
      minutes: 15,
      tasks: [1, 2, 3, 4, 5, 6, 7, 8],
      seed: 'abc234',
      seedGenerated: true,
      name: null,
      attempts: 1,
      feedback: true,
      out: join('/data/lakeflow-lab', 'drills'),
    });
  });

  it("reads the instructor's command line", () => {
    const s = ok({ minutes: '10', seed: '42', tasks: '2-4,7', name: '  Ada   Lovelace ', attempts: '3', noFeedback: true, out: 'results' });
    expect(s).toMatchObject({
      minutes: 10,
      seed: '42',
      seedGenerated: false,
      tasks: [2, 3, 4, 7],
      name: 'Ada Lovelace',
      attempts: 3,
      feedback: false,
      out: '/home/ada/results',
    });
  });

  it('accepts an absolute --out and the bounds', () => {
    const s = ok({ minutes: '180', seed: 'lakeflow 2026', out: '/tmp/x', attempts: '10' });
    expect(s).toMatchObject({ minutes: 180, seed: 'lakeflow 2026', out: '/tmp/x', attempts: 10 });
  });

  it.each([
    [{ minutes: '0' }, /--minutes must be a whole number from 1 to 180, not 0/],
    [{ minutes: '181' }, /not 181/],
    [{ minutes: '1.5' }, /whole number/],
    [{ minutes: '-5' }, /whole number/],
    [{ minutes: 'ten' }, /not "ten"/],
    [{ attempts: '0' }, /--attempts must be a whole number from 1 to 10/],
    [{ attempts: '11' }, /not 11/],
    [{ tasks: '0-3' }, /has 0, which is not a task/],
    [{ tasks: '9' }, /has 9, which is not a task/],
    [{ tasks: '1,x' }, /"x", which is not a number or range/],
    [{ tasks: '1,,2' }, /empty item/],
    [{ tasks: '4-2' }, /runs backwards/],
    [{ tasks: '' }, /is empty/],
    [{ seed: '  ' }, /--seed is empty/],
    [{ seed: 'x'.repeat(65) }, /too long/],
    [{ seed: 'a\u001b[2Jb' }, /control characters/],
    [{ name: '' }, /--name is empty/],
    [{ name: 'Eve\u202e' }, /control characters/],
    [{ out: ' ' }, /--out is empty/],
  ])('rejects %j', (options, pattern) => {
    const text = message(options);
    expect(text).toMatch(pattern);
    expect(text).not.toContain('\n');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u001b\u202e]/);
  });

  it('respects a lab with fewer tasks', () => {
    const result = drillSettings({ tasks: '5' }, { ...context, taskCount: 4 });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/task numbers 1 to 4/) });
  });
});

describe('parseTaskList', () => {
  it.each([
    ['1-8', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['1,3,5', [1, 3, 5]],
    ['2-4,7', [2, 3, 4, 7]],
    ['7, 2-4', [2, 3, 4, 7]],
    ['3,3,1-3', [1, 2, 3]],
    ['5-5', [5]],
  ])('%s → %j', (text, tasks) => {
    expect(parseTaskList(text)).toEqual({ ok: true, tasks });
  });
});

describe('generateSeed', () => {
  it('makes short seeds without look-alike characters', () => {
    const seeds = new Set(Array.from({ length: 50 }, generateSeed));
    expect(seeds.size).toBeGreaterThan(45);
    for (const seed of seeds) expect(seed).toMatch(/^[a-hj-km-np-z2-9]{6}$/);
  });
});
