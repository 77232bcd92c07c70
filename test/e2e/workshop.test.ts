// The whole workshop with the keyboard alone, in a real terminal at 80x24, then the export.
import { spawnSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/build';
import { BIN, Term, haveTmux, tempHome } from '../support/tmux';

const tmux = haveTmux();
if (!tmux) console.warn('tmux not found: end-to-end workshop test SKIPPED');

let term: Term | undefined;
afterEach(() => term?.stop());

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!tmux)('workshop in a real terminal', () => {
  beforeAll(() => buildOnce(), 60_000);

  it('every step can be completed with the keyboard, and the export holds what was entered', async () => {
    const home = tempHome();
    const t = (term = new Term(home).start(['workshop', '1']));
    // Keys at a brisk typing pace, as a person would press them.
    const k = async (...keys: string[]) => {
      for (const key of keys) {
        t.keys(key);
        await pause(60);
      }
    };
    const type = async (text: string) => {
      t.type(text);
      await pause(60);
    };
    const nextStep = async (n: number) => {
      await k('Escape', 'Right');
      await t.waitFor(`Step ${n}/8`);
      await t.pressUntil('Tab', 'Esc leave field');
    };
    const passed = (n: number) => t.waitFor(`Step ${n} marked done.`);

    await t.waitFor('Step 1/8');
    await t.pressUntil('Tab', 'Esc leave field');
    await k('Enter');
    await passed(1);

    await nextStep(2);
    await type('Ana');
    await k('Enter');
    await passed(2);

    await nextStep(3);
    await type('catalog');
    await k('Tab');
    await type('retailhub_ana');
    await k('Tab');
    await type('source_path');
    await k('Tab');
    await type('/Volumes/retailhub_ana/default/datasets');
    await k('Enter');
    await passed(3);

    const taskForm = async (name: string, notebook: string, dependsRight: number) => {
      await type(name);
      await k('Tab', 'Tab', 'Tab');
      await type(`/Workspace/Users/ana/retailhub/${notebook}`);
      await k('Tab', 'Right');
      if (dependsRight > 0) {
        await k('Tab');
        for (let i = 0; i < dependsRight; i++) await k('Right');
      }
    };
    await nextStep(4);
    await taskForm('bronze_customer', 'bronze_customers', 0);
    await k('Enter');
    await passed(4);

    await nextStep(5);
    await taskForm('silver_customer', 'silver_customers', 1);
    await k('Enter');
    await passed(5);

    await nextStep(6);
    await k('Enter'); // [ Create Job ]
    const orders: Array<[string, string]> = [
      ['bronze_orders', 'bronze_orders'],
      ['silver_orders', 'silver_orders'],
      ['gold_daily_orders', 'gold_daily_orders'],
      ['gold_summary', 'gold_customer_orders_summary'],
    ];
    for (const [i, [name, notebook]] of orders.entries()) {
      if (i > 0) await k('Right');
      await t.waitFor(`${i + 1}/4`);
      await k('Tab');
      await taskForm(name, notebook, i);
      // Back to the task selector.
      for (let j = 0; j < (i === 0 ? 5 : 6); j++) await k('BTab');
    }
    // From the selector, forward to [ Check job ].
    for (let j = 0; j < 7; j++) await k('Tab');
    await k('Enter');
    await passed(6);

    await nextStep(7);
    await k('Right', 'Tab');
    await type('retailhub_ana.silver.silver_customers');
    await k('Enter');
    await passed(7);

    await nextStep(8);
    await k('Enter');
    const history = await t.waitFor('Step 8 marked done.', 20_000);
    expect(history).toContain('Run History');
    expect(history).toMatch(/ana_orders_pipeline\s+By trigger.*Succeeded/);
    expect(history).toMatch(/ana_customer_pipeline\s+Manually.*Succeeded/);
    await k('Escape', 'q');
    await t.waitFor('[exit 0]');

    const progress = spawnSync(process.execPath, [BIN, 'progress'], { encoding: 'utf8', env: { ...process.env, LAKEFLOW_LAB_HOME: home } });
    expect(progress.stdout).toContain('Workshop: 8/8 steps done');
    const exported = spawnSync(process.execPath, [BIN, 'export', 'bundle', '--out', '-'], {
      encoding: 'utf8',
      env: { ...process.env, LAKEFLOW_LAB_HOME: home },
    });
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('- retailhub_ana.silver.silver_customers');
    expect(exported.stdout).toContain('task_key: gold_summary');
  }, 90_000);
});
