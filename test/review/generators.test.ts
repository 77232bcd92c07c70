import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downstreamOf, practiceDagJob, randomDag, repairScope, simulateRun, topoOrder, upstreamOf } from '../../src/jobs';
import { CLUSTER_CHOICES, CLUSTER_SCENARIOS } from '../../src/review/banks/clusters';
import { TRIGGER_KINDS, TRIGGER_SCENARIOS } from '../../src/review/banks/triggers';
import { parseCron } from '../../src/review/cron';
import { clusterCard, dagCard, drawDag, repairCard, repairVariant, triggerCard } from '../../src/review/cards/generated';
import { cronCard } from '../../src/review/cards/cron';
import { parseNameList, setJudge } from '../../src/review/judge';
import { makeRng } from '../../src/review/rng';
import type { Card } from '../../src/review/types';

/** The reference answer, as the card itself states it after any answer. */
function reference(card: Card): string {
  if (card.kind === 'self') throw new Error('self-graded');
  return card.judge('').expected;
}

describe('trigger scenario bank', () => {
  it('has at least 20 scenarios covering all five trigger kinds, with unique ids', () => {
    expect(TRIGGER_SCENARIOS.length).toBeGreaterThanOrEqual(20);
    for (const kind of TRIGGER_KINDS) {
      expect(TRIGGER_SCENARIOS.filter((s) => s.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(TRIGGER_SCENARIOS.map((s) => s.id)).size).toBe(TRIGGER_SCENARIOS.length);
  });
  it('includes the lab’s own four scenarios with the lab’s answers', () => {
    const find = (text: string) => TRIGGER_SCENARIOS.find((s) => s.text.startsWith(text));
    expect(find('Run the ETL pipeline every day at 6 AM')?.kind).toBe('scheduled');
    expect(find('Process files as soon as they land in a Volume')?.kind).toBe('file_arrival');
    expect(find('Continuously process streaming data with minimal latency')?.kind).toBe('continuous');
    expect(find('Run only when manually triggered by a data engineer')?.kind).toBe('manual');
  });
});

describe('cluster scenario bank', () => {
  it('has both kinds and the lab’s four scenarios', () => {
    expect(CLUSTER_SCENARIOS.some((s) => s.kind === 'job_cluster')).toBe(true);
    expect(CLUSTER_SCENARIOS.some((s) => s.kind === 'all_purpose')).toBe(true);
    const find = (text: string) => CLUSTER_SCENARIOS.find((s) => s.text.startsWith(text))?.kind;
    expect(find('Scheduled nightly ETL job')).toBe('job_cluster');
    expect(find('Interactive notebook development')).toBe('all_purpose');
    expect(find('Ad-hoc data investigation')).toBe('all_purpose');
    expect(find('Production ML model training')).toBe('job_cluster');
  });
});

describe('multiple-choice generators: the reference is right, every other option wrong', () => {
  it.each([
    ['gen.trigger', triggerCard],
    ['gen.cluster', clusterCard],
  ])('%s', (_name, make) => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const card = make(makeRng(seed));
        expect(card.kind).toBe('choice');
        if (card.kind !== 'choice') return;
        const ref = reference(card);
        expect(card.options).toContain(ref);
        expect(new Set(card.options).size).toBe(card.options.length);
        const right = card.judge(ref);
        expect(right.correct).toBe(true);
        expect(right.explanation.length).toBeGreaterThan(20);
        for (const option of card.options.filter((o) => o !== ref)) {
          const wrong = card.judge(option);
          expect(wrong.correct).toBe(false);
          expect(wrong.explanation).toContain(ref);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('cluster cards put the cost reason in the answer', () => {
    const card = clusterCard(makeRng(1));
    expect([CLUSTER_CHOICES.jobRight, CLUSTER_CHOICES.apRight]).toContain(reference(card));
    expect(card.explanation).toMatch(/DBU rate/);
  });
  it('avoid: the scenario shown last time is not drawn again', () => {
    for (let seed = 0; seed < 40; seed++) {
      const first = triggerCard(makeRng(seed));
      const second = triggerCard(makeRng(seed), first.id.split('#')[1]);
      expect(second.id).not.toBe(first.id);
    }
  });
  it('different seeds draw different variants', () => {
    const ids = new Set(Array.from({ length: 30 }, (_, s) => triggerCard(makeRng(s)).id));
    expect(ids.size).toBeGreaterThan(10);
  });
});

/** A different schedule: bump the minute, or pin it when it is a pattern. */
function wrongCron(expression: string): string {
  const fields = expression.split(' ');
  const i = fields.length === 5 ? 0 : 1;
  const minute = fields[i] as string;
  fields[i] = /^\d+$/.test(minute) ? String((Number(minute) + 1) % 60) : '7';
  return fields.join(' ');
}

describe('cron generator', () => {
  it('reference judges correct, a different schedule wrong, for many seeds', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const card = cronCard(makeRng(seed));
        expect(card.kind).toBe('typed');
        const ref = reference(card);
        expect(parseCron(ref).ok).toBe(true);
        expect(card.kind !== 'self' && card.judge(ref).correct).toBe(true);
        const wrong = card.kind !== 'self' ? card.judge(wrongCron(ref)) : null;
        expect(wrong?.correct).toBe(false);
        expect(wrong?.explanation).toContain('Not the same schedule');
      }),
      { numRuns: 120 },
    );
  });
  it('a standard-cron card accepts the same schedule written differently', () => {
    for (let seed = 0; seed < 200; seed++) {
      const card = cronCard(makeRng(seed));
      if (!card.id.startsWith('gen.cron#any-weekdays') || card.kind === 'self') continue;
      const ref = reference(card);
      expect(card.judge(ref.replace('1-5', 'MON-FRI')).correct).toBe(true);
      const parsed = parseCron(ref);
      if (parsed.ok && parsed.quartz) expect(card.judge(parsed.quartz).correct).toBe(true);
      return;
    }
    throw new Error('no weekday variant in 200 seeds');
  });
});

describe('repair cards agree with the jobs model', () => {
  it('expected = failed tasks + their downstream; succeeded tasks stay', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), fc.integer(), (dagSeed, pickSeed) => {
        const v = repairVariant(dagSeed, makeRng(pickSeed));
        const down = downstreamOf(v.job, v.failed);
        const independent = topoOrder(v.job).filter((k) => v.failed.includes(k) || down.has(k));
        expect(v.expected).toEqual(independent);
        expect(v.expected).toEqual(repairScope(v.job, simulateRun(v.job, Object.fromEntries(v.failed.map((k) => [k, 'fail' as const])))));
        for (const k of topoOrder(v.job)) {
          if (!v.expected.includes(k)) expect(v.states[k]).toBe('SUCCESS');
        }
      }),
      { numRuns: 200 },
    );
  });
  it('the card accepts the scope in any order and spelling, and rejects a wrong set', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const card = repairCard(makeRng(seed));
        if (card.kind === 'self') throw new Error('typed expected');
        const ref = reference(card);
        const names = parseNameList(ref);
        expect(names.length).toBeGreaterThan(0);
        expect(card.judge([...names].reverse().map((n) => `"${n}"`).join(', ')).correct).toBe(true);
        expect(card.judge(`[${names.map((n) => `'${n}'`).join(', ')}]`).correct).toBe(true);
        const wrong = card.judge(names.slice(1).join(', '));
        expect(wrong.correct).toBe(false);
        expect(wrong.explanation).toContain('Missing');
        expect(card.code).toContain(names[0]);
      }),
      { numRuns: 150 },
    );
  });
  it('the lab’s Task 5: build_fact_tables fails', () => {
    const job = practiceDagJob();
    const run = simulateRun(job, { build_fact_tables: 'fail' });
    const judge = setJudge(repairScope(job, run), topoOrder(job), '');
    expect(judge('build_fact_tables, generate_report, send_notification').correct).toBe(true);
    expect(judge('ingest, build_fact_tables, generate_report, send_notification').correct).toBe(false);
  });
  it('draws the DAG with every task and its dependencies', () => {
    const text = drawDag(practiceDagJob());
    expect(text).toContain('generate_report');
    expect(text).toMatch(/generate_report\s+← build_dim_tables, build_fact_tables/);
    expect(text).toMatch(/ingest\s+\(runs first\)/);
  });
});

describe('fan-in / fan-out cards', () => {
  it('reference judges correct, a wrong set wrong, and agrees with the graph', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const card = dagCard(makeRng(seed));
        if (card.kind === 'self') throw new Error('typed expected');
        const ref = reference(card);
        expect(card.judge(ref).correct).toBe(true);
        const names = parseNameList(ref);
        const target = /`([^`]+)`/.exec(card.prompt)?.[1] as string;
        const dagSeed = parseInt(card.id.split('-').pop() as string, 36);
        const job = randomDag(dagSeed, { minTasks: 4, maxTasks: 7 });
        if (card.id.includes('#up-')) {
          expect(new Set(names)).toEqual(upstreamOf(job, target));
        } else {
          expect(new Set(names)).toEqual(downstreamOf(job, [target]));
        }
        const extra = topoOrder(job).find((k) => !names.includes(k)) as string;
        expect(card.judge([...names, extra].join(', ')).correct).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseNameList', () => {
  it.each([
    ['a, b', ['a', 'b']],
    ['"a", "b"', ['a', 'b']],
    ["['a','b']", ['a', 'b']],
    ['a\nb\na', ['a', 'b']],
    ['none', []],
    ['', []],
    ['[]', []],
  ])('%j', (text, names) => {
    expect(parseNameList(text)).toEqual(names);
  });
});
