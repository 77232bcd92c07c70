// Generator properties: every scenario a family draws has exactly one defensible answer (the
// jobs model and cron-parser agree with the card), its id is derived from its content and
// rebuilds the same card, repairs are smaller than the run, and options do not give it away.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downstreamOf, practiceDagJob, repairScope, simulateRun, topoOrder, upstreamOf } from '../../src/jobs';
import { CLUSTER_OPTIONS, CLUSTER_SCENARIOS } from '../../src/review/banks/clusters';
import { TRIGGER_KINDS, TRIGGER_SCENARIOS } from '../../src/review/banks/triggers';
import { compareCron, parseCron } from '../../src/review/cron';
import {
  CRON_FAMILY,
  DAG_FAMILY,
  REPAIR_FAMILY,
  QUEUE_FAMILY,
  RUN_IF_FAMILY,
  drawRunIf,
  queueOutcome,
  clusterMakers,
  decodeDag,
  drawDag,
  drawDagScenario,
  drawRepair,
  encodeDag,
  triggerMakers,
} from '../../src/review/cards/generated';
import { parseNameList, setJudge } from '../../src/review/judge';
import { makeRng } from '../../src/review/rng';
import type { Card, CardFamily, TypedCard } from '../../src/review/types';

const typed = (card: Card): TypedCard => {
  if (card.kind !== 'typed') throw new Error(`typed card expected, got ${card.kind}`);
  return card;
};

describe('trigger scenarios: one card each', () => {
  it('has at least 20 scenarios covering all five trigger kinds, with unique ids', () => {
    expect(TRIGGER_SCENARIOS.length).toBeGreaterThanOrEqual(20);
    for (const kind of TRIGGER_KINDS) expect(TRIGGER_SCENARIOS.filter((s) => s.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
    const ids = triggerMakers().map((m) => m.scheduleId);
    expect(new Set(ids).size).toBe(TRIGGER_SCENARIOS.length);
  });
  it('includes the lab’s own four scenarios with the lab’s answers', () => {
    const find = (text: string) => TRIGGER_SCENARIOS.find((s) => s.text.startsWith(text));
    expect(find('Run the ETL pipeline every day at 6 AM')?.kind).toBe('scheduled');
    expect(find('Process files as soon as they land in a Volume')?.kind).toBe('file_arrival');
    expect(find('Continuously process streaming data with minimal latency')?.kind).toBe('continuous');
    expect(find('Run only when manually triggered by a data engineer')?.kind).toBe('manual');
  });
  it('does not teach that continuous jobs retry the whole job with ON_FAILURE', () => {
    for (const s of TRIGGER_SCENARIOS) expect(`${s.text} ${s.why}`).not.toMatch(/retry the whole job/i);
  });
});

describe('compute scenarios: one card each, three honest options', () => {
  it('covers the three kinds; the options are the same three labels and none is a false claim', () => {
    for (const kind of Object.keys(CLUSTER_OPTIONS)) expect(CLUSTER_SCENARIOS.some((s) => s.kind === kind), kind).toBe(true);
    for (const option of Object.values(CLUSTER_OPTIONS)) expect(option).not.toMatch(/lower DBU|keeps running|stops only/i);
  });
  it('no scenario teaches that all-purpose compute stops only after an inactivity timeout', () => {
    for (const s of CLUSTER_SCENARIOS) expect(s.why).not.toMatch(/only after an inactivity/i);
  });
});

describe('choice scenarios: the reference is right, every other option wrong', () => {
  it.each([
    ['triggers', triggerMakers],
    ['compute', clusterMakers],
  ])('%s', (_name, makers) => {
    for (const maker of makers()) {
      for (let seed = 0; seed < 5; seed++) {
        const card = maker.make(makeRng(seed));
        if (card.kind !== 'choice') throw new Error('choice expected');
        expect(card.id).toBe(maker.scheduleId);
        expect(card.options).toContain(card.answer);
        expect(new Set(card.options).size).toBe(card.options.length);
        expect(card.judge(card.answer).correct).toBe(true);
        for (const option of card.options.filter((o) => o !== card.answer)) {
          const wrong = card.judge(option);
          expect(wrong.correct).toBe(false);
          expect(wrong.explanation).toContain(card.answer);
        }
        expect(card.doc?.url).toMatch(/^https:\/\//);
      }
    }
  });
});

/** Every family: a scenario's id rebuilds the same card, and an id drawn twice is the same card. */
describe.each([
  ['cron', CRON_FAMILY],
  ['repair', REPAIR_FAMILY],
  ['dag', DAG_FAMILY],
  ['run_if', RUN_IF_FAMILY],
  ['queueing', QUEUE_FAMILY],
] as Array<[string, CardFamily]>)('%s family: one card per scenario', (_name, family) => {
  it('ids start with the family id, are stable, and resolve to the same card', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const maker = family.draw(makeRng(seed));
        expect(maker.scheduleId.startsWith(`${family.id}:`)).toBe(true);
        expect(family.draw(makeRng(seed)).scheduleId).toBe(maker.scheduleId);
        const again = family.resolve(maker.scheduleId);
        expect(again?.scheduleId).toBe(maker.scheduleId);
        const a = maker.make(makeRng(1));
        const b = again?.make(makeRng(1));
        expect(b?.prompt).toBe(a.prompt);
        expect(b?.code).toBe(a.code);
        expect(b?.answer).toBe(a.answer);
        expect(a.id).toBe(maker.scheduleId);
      }),
      { numRuns: 200 },
    );
  });
  it('different scenarios get different ids', () => {
    const ids = new Set(Array.from({ length: 40 }, (_, s) => family.draw(makeRng(s)).scheduleId));
    expect(ids.size).toBeGreaterThan(20);
  });
  it('refuses ids that are not its own or were tampered with', () => {
    const id = family.draw(makeRng(7)).scheduleId;
    expect(family.resolve(`${id}x!`)).toBeUndefined();
    expect(family.resolve('gen.other:1')).toBeUndefined();
    expect(family.resolve(family.id)).toBeUndefined();
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

describe('cron scenarios: judged by meaning', () => {
  it('the reference is right, any equivalent form is right where the card allows it, a different schedule is wrong', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const card = typed(CRON_FAMILY.draw(makeRng(seed)).make(makeRng(seed)));
        const ref = parseCron(card.answer);
        expect(ref.ok).toBe(true);
        expect(card.judge(card.answer).correct).toBe(true);
        const wrong = card.judge(wrongCron(card.answer));
        expect(wrong.correct).toBe(false);
        expect(wrong.explanation).toContain('Not the same schedule');
        if (card.id.startsWith('gen.cron:any:') && ref.ok && ref.quartz) {
          expect(card.judge(ref.quartz).correct).toBe(true);
          expect(compareCron(ref.quartz, card.answer).equivalent).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('repair scenarios agree with the jobs model', () => {
  it('expected = failed tasks + their downstream, smaller than the run, succeeded tasks stay', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const v = drawRepair(makeRng(seed));
        const down = downstreamOf(v.job, v.failed);
        expect(v.expected).toEqual(topoOrder(v.job).filter((k) => v.failed.includes(k) || down.has(k)));
        expect(v.expected).toEqual(repairScope(v.job, simulateRun(v.job, Object.fromEntries(v.failed.map((k) => [k, 'fail' as const])))));
        expect(v.expected.length).toBeLessThan(v.job.tasks.length);
        expect(v.expected.length).toBeGreaterThan(v.failed.length);
        for (const k of topoOrder(v.job)) if (!v.expected.includes(k)) expect(v.states[k]).toBe('SUCCESS');
      }),
      { numRuns: 300 },
    );
  });
  it('the card accepts the scope in any order and spelling, and rejects a wrong set', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const card = typed(REPAIR_FAMILY.draw(makeRng(seed)).make(makeRng(seed)));
        const names = parseNameList(card.answer);
        expect(names.length).toBeGreaterThan(1);
        expect(card.judge([...names].reverse().map((n) => `"${n}"`).join(', ')).correct).toBe(true);
        expect(card.judge(`[${names.map((n) => `'${n}'`).join(', ')}]`).correct).toBe(true);
        const wrong = card.judge(names.slice(1).join(', '));
        expect(wrong.correct).toBe(false);
        expect(wrong.explanation).toContain('Missing');
        for (const n of names) expect(card.code).toContain(n);
      }),
      { numRuns: 200 },
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
    expect(text).toMatch(/generate_report\s+← build_dim_tables, build_fact_tables/);
    expect(text).toMatch(/ingest\s+\(runs first\)/);
  });
  it('a DAG survives encoding and decoding', () => {
    const job = practiceDagJob();
    const back = decodeDag(encodeDag(job));
    expect(back?.tasks.map((t) => [t.task_key, t.depends_on])).toEqual(job.tasks.map((t) => [t.task_key, t.depends_on]));
    expect(decodeDag('a<0')).toBeUndefined();
    expect(decodeDag('a/a')).toBeUndefined();
    expect(decodeDag('A/b<0')).toBeUndefined();
  });
});

describe('fan-in / fan-out scenarios agree with the graph', () => {
  it('the answer is the upstream set or the Upstream failed set, and more than the direct list', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const s = drawDagScenario(makeRng(seed));
        expect(s.expected.length).toBeGreaterThan(0);
        if (s.question === 'up') {
          expect(new Set(s.expected)).toEqual(upstreamOf(s.job, s.target));
          const direct = s.job.tasks.find((t) => t.task_key === s.target)?.depends_on.length ?? 0;
          expect(s.expected.length).toBeGreaterThan(direct);
        } else {
          expect(new Set(s.expected)).toEqual(downstreamOf(s.job, [s.target]));
        }
        const card = typed(DAG_FAMILY.resolve(`gen.dag:${s.question}:${encodeDag(s.job)}@${s.target}`)?.make(makeRng(1)) as Card);
        expect(card.judge(s.expected.join(', ')).correct).toBe(true);
        const extra = topoOrder(s.job).find((k) => !s.expected.includes(k) && k !== s.target);
        if (extra) expect(card.judge([...s.expected, extra].join(', ')).correct).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

/** The docs' table (Configure task dependencies), written out independently of the simulator. */
function documentedOutcome(runIf: string, states: boolean[]): 'runs' | 'upstream' | 'excluded' {
  const ok = states.filter((x) => x).length;
  const failed = states.length - ok;
  const met: Record<string, boolean> = {
    ALL_SUCCESS: failed === 0,
    AT_LEAST_ONE_SUCCESS: ok > 0,
    NONE_FAILED: failed === 0 && states.length > 0,
    ALL_DONE: true,
    AT_LEAST_ONE_FAILED: failed > 0,
    ALL_FAILED: ok === 0,
  };
  if (met[runIf]) return 'runs';
  return runIf === 'AT_LEAST_ONE_FAILED' || runIf === 'ALL_FAILED' ? 'excluded' : 'upstream';
}

describe('run_if scenarios agree with the documented table', () => {
  it('the model’s answer is the docs’ answer, and every dependency of the target ran', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const s = drawRunIf(makeRng(seed));
        const deps = s.job.tasks.find((t) => t.task_key === s.target)?.depends_on ?? [];
        expect(deps.length).toBeGreaterThan(0);
        expect(s.failed.every((f) => deps.includes(f))).toBe(true);
        expect(s.expected).toBe(documentedOutcome(s.runIf, deps.map((d) => !s.failed.includes(d))));
        seen.add(s.expected);
        const card = RUN_IF_FAMILY.draw(makeRng(seed)).make(makeRng(1));
        if (card.kind !== 'choice') throw new Error('choice expected');
        expect(card.judge(card.answer).correct).toBe(true);
        expect(card.code).toContain(`run_if: ${s.runIf}`);
      }),
      { numRuns: 300 },
    );
    // All three outcomes occur, so the options do not give the answer away.
    expect(seen.size).toBe(3);
  });
});

/** Independent reasoning for one run at a time: skipped while busy, or first in, first out. */
function oneAtATime(every: number, duration: number, queue: boolean, asked: number): { outcome: string; startedAt?: number } {
  let busyUntil = -1;
  let result = { outcome: 'started' } as { outcome: string; startedAt?: number };
  for (let k = 0; k <= asked; k++) {
    const t = k * every;
    if (t >= busyUntil) {
      result = { outcome: 'started', startedAt: t };
      busyUntil = t + duration;
    } else if (queue) {
      result = { outcome: 'queued', startedAt: busyUntil };
      busyUntil += duration;
    } else {
      result = { outcome: 'skipped' };
    }
  }
  return result;
}

describe('queueing scenarios agree with the docs’ rules', () => {
  it('one run at a time: skipped without a queue, first in first out with one', () => {
    for (const every of [30, 60, 120]) {
      for (const duration of [45, 50, 75, 100, 150]) {
        for (const queue of [false, true]) {
          for (let asked = 1; asked < 4; asked++) {
            const o = queueOutcome({ every, duration, maxConcurrentRuns: 1, queue, asked });
            if (!o) continue;
            expect(o, JSON.stringify({ every, duration, queue, asked })).toEqual(oneAtATime(every, duration, queue, asked));
          }
        }
      }
    }
  });
  it('cards state the outcome the model computes, and all three outcomes occur', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const card = QUEUE_FAMILY.draw(makeRng(seed)).make(makeRng(1));
      if (card.kind !== 'choice') throw new Error('choice expected');
      expect(card.judge(card.answer).correct).toBe(true);
      seen.add(card.answer.split(' ').slice(0, 3).join(' '));
    }
    expect(seen.size).toBe(3);
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
