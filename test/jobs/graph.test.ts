import { describe, expect, it } from 'vitest';
import { dependentsOf, downstreamOf, findCycles, leafTasks, levels, practiceDagJob, topoOrder, upstreamOf } from '../../src/jobs';
import { dag } from './helpers';

describe('topoOrder and levels', () => {
  it('orders the lab DAG and groups the parallel builds in one wave', () => {
    const job = practiceDagJob();
    expect(topoOrder(job)).toEqual(['ingest', 'build_dim_tables', 'build_fact_tables', 'generate_report', 'send_notification']);
    expect(levels(job)).toEqual([['ingest'], ['build_dim_tables', 'build_fact_tables'], ['generate_report'], ['send_notification']]);
  });

  it('breaks ties by definition order, whatever order tasks were defined in', () => {
    const job = dag({ report: ['b', 'a'], b: ['root'], a: ['root'], root: [], other: [] });
    expect(topoOrder(job)).toEqual(['root', 'b', 'a', 'report', 'other']);
    expect(levels(job)).toEqual([['root', 'other'], ['b', 'a'], ['report']]);
  });

  it('puts a task at the level of its longest chain of dependencies', () => {
    const job = dag({ a: [], b: ['a'], c: ['b'], d: ['a', 'c'] });
    expect(levels(job)).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('still lists every task of a broken job: unknown deps ignored, cycles appended', () => {
    const job = dag({ x: ['y'], y: ['x'], a: ['ghost'], b: ['a', 'x'] });
    expect(topoOrder(job)).toEqual(['a', 'x', 'y', 'b']);
    expect(levels(job)).toEqual([['a'], ['x', 'y', 'b']]);
  });
});

describe('graph queries', () => {
  const job = practiceDagJob();
  it('finds direct dependents, everything downstream and upstream, and the leaves', () => {
    expect(dependentsOf(job, 'ingest')).toEqual(['build_dim_tables', 'build_fact_tables']);
    expect([...downstreamOf(job, ['build_fact_tables'])].sort()).toEqual(['generate_report', 'send_notification']);
    expect([...upstreamOf(job, 'generate_report')].sort()).toEqual(['build_dim_tables', 'build_fact_tables', 'ingest']);
    expect(leafTasks(job)).toEqual(['send_notification']);
  });

  it('finds no cycle in a DAG and the shortest loop in each tangled group', () => {
    expect(findCycles(job)).toEqual([]);
    expect(findCycles(dag({ a: ['b', 'd'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'd', 'a']]);
  });
});
