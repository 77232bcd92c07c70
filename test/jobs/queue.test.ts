import { describe, expect, it } from 'vitest';
import { QUEUE_LIMIT_MINUTES, admitRun, replayTriggers } from '../../src/jobs';

describe('admitRun: skipped vs queued', () => {
  it('starts a run while the job is under its limit (1 by default)', () => {
    expect(admitRun(0, { queue: false })).toBe('start');
    expect(admitRun(1, { queue: false, maxConcurrentRuns: 2 })).toBe('start');
  });
  it('at the limit: skipped without queueing, queued with it', () => {
    expect(admitRun(1, { queue: false })).toBe('skip');
    expect(admitRun(1, { queue: true })).toBe('queue');
  });
  it('max_concurrent_runs 0 skips every new run', () => {
    expect(admitRun(0, { queue: true, maxConcurrentRuns: 0 })).toBe('skip');
  });
});

describe('replayTriggers', () => {
  it('hourly trigger, 90-minute runs, no queue: every other run is skipped', () => {
    const r = replayTriggers([0, 60, 120, 180], 90, { queue: false });
    expect(r.map((x) => x.outcome)).toEqual(['started', 'skipped', 'started', 'skipped']);
  });
  it('the same with queueing: the busy run waits and starts when the previous one ends', () => {
    const r = replayTriggers([0, 60], 90, { queue: true });
    expect(r).toEqual([
      { triggeredAt: 0, outcome: 'started', startedAt: 0 },
      { triggeredAt: 60, outcome: 'queued', startedAt: 90 },
    ]);
  });
  it('a run finishing at the minute a trigger fires frees its slot first', () => {
    expect(replayTriggers([0, 60], 60, { queue: false }).map((x) => x.outcome)).toEqual(['started', 'started']);
  });
  it('two concurrent runs allowed: the third waits in the queue', () => {
    const r = replayTriggers([0, 10, 20], 60, { queue: true, maxConcurrentRuns: 2 });
    expect(r.map((x) => [x.outcome, x.startedAt])).toEqual([
      ['started', 0],
      ['started', 10],
      ['queued', 60],
    ]);
  });
  it('a run queued for more than 48 hours expires', () => {
    const long = QUEUE_LIMIT_MINUTES + 120;
    const r = replayTriggers([0, 1], long, { queue: true });
    expect(r[1]?.outcome).toBe('expired');
    expect(r[1]?.startedAt).toBeUndefined();
  });
});
