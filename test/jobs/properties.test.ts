import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  downstreamOf,
  findCycles,
  isUnsuccessful,
  knownDeps,
  levels,
  randomDag,
  repairScope,
  runStates,
  simulateRun,
  taskIndex,
  topoOrder,
  validateJob,
  type AttemptOutcome,
  type JobSpec,
  type RepairOptions,
} from '../../src/jobs';

const outcome = fc.constantFrom<AttemptOutcome>('success', 'success', 'fail', 'timeout', 'cancel');

/** A random job plus what each of its tasks does when it runs. */
const scenario = fc
  .record({ seed: fc.integer(), min: fc.integer({ min: 1, max: 6 }), extra: fc.integer({ min: 0, max: 6 }), withRunIf: fc.boolean() })
  .chain(({ seed, min, extra, withRunIf }) => {
    const job = randomDag(seed, { minTasks: min, maxTasks: min + extra, withRunIf });
    const keys = job.tasks.map((t) => t.task_key);
    return fc.record({
      job: fc.constant(job),
      outcomes: fc.record(Object.fromEntries(keys.map((k) => [k, fc.array(outcome, { minLength: 1, maxLength: 3 })]))) as fc.Arbitrary<Record<string, AttemptOutcome[]>>,
      disabled: fc.subarray(keys, { maxLength: 1 }),
      rerun: fc.subarray(keys),
      dependents: fc.boolean(),
    });
  })
  .map(({ job, disabled, ...rest }) => ({
    ...rest,
    job: { ...job, tasks: job.tasks.map((t) => (disabled.includes(t.task_key) ? { ...t, disabled: true } : { ...t, max_retries: 1 })) } as JobSpec,
  }));

describe('randomDag properties', () => {
  it('always builds a valid acyclic job within the requested size', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 10 }), fc.boolean(), (seed, min, extra, withRunIf) => {
        const job = randomDag(seed, { minTasks: min, maxTasks: min + extra, withRunIf });
        expect(job.tasks.length).toBeGreaterThanOrEqual(min);
        expect(job.tasks.length).toBeLessThanOrEqual(min + extra);
        expect(validateJob(job)).toEqual([]);
        expect(findCycles(job)).toEqual([]);
        // Every dependency comes earlier in the dependency order and in an earlier wave.
        const order = topoOrder(job);
        const waves = levels(job);
        const wave = new Map(waves.flatMap((w, i) => w.map((k) => [k, i] as const)));
        expect(waves.flat().sort()).toEqual([...order].sort());
        for (const t of job.tasks) {
          for (const d of t.depends_on) {
            expect(order.indexOf(d)).toBeLessThan(order.indexOf(t.task_key));
            expect(wave.get(d)).toBeLessThan(wave.get(t.task_key) as number);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('simulation and repair properties', () => {
  it('starts a task only after every dependency ended, and keeps events in time order', () => {
    fc.assert(
      fc.property(scenario, ({ job, outcomes }) => {
        const run = simulateRun(job, outcomes);
        const index = taskIndex(job);
        for (const t of job.tasks) {
          const r = run.tasks[t.task_key];
          expect(r).toBeDefined();
          for (const d of knownDeps(t, index)) expect(r?.ready).toBeGreaterThanOrEqual(run.tasks[d]?.end as number);
          if (r?.ran) expect(r.attempts[0]?.start).toBe(r.ready);
        }
        const times = run.events.map((e) => e.t);
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });

  it('never repairs a succeeded task by default, and the scope is closed downstream', () => {
    fc.assert(
      fc.property(scenario, ({ job, outcomes }) => {
        const run = simulateRun(job, outcomes);
        const states = runStates(run);
        const scope = repairScope(job, run);
        for (const k of scope) expect(states[k]).not.toBe('SUCCESS');
        // Exactly the unsuccessful tasks.
        expect(scope).toEqual(topoOrder(job).filter((k) => isUnsuccessful(states[k])));
        for (const k of scope) {
          for (const d of downstreamOf(job, [k])) if (isUnsuccessful(states[d])) expect(scope).toContain(d);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('with explicit rerun_tasks the scope contains them and stays closed downstream', () => {
    fc.assert(
      fc.property(scenario, ({ job, outcomes, rerun, dependents }) => {
        const run = simulateRun(job, outcomes);
        const states = runStates(run);
        const opts: RepairOptions = { rerunTasks: rerun, rerunDependents: dependents };
        const scope = repairScope(job, run, opts);
        for (const k of rerun) expect(scope).toContain(k);
        for (const k of scope) {
          for (const d of downstreamOf(job, [k])) {
            if (dependents || isUnsuccessful(states[d])) expect(scope).toContain(d);
          }
        }
        // Without rerun_dependent_tasks a succeeded task re-runs only when chosen explicitly.
        if (!dependents) for (const k of scope) if (states[k] === 'SUCCESS') expect(rerun).toContain(k);
      }),
      { numRuns: 200 },
    );
  });
});
