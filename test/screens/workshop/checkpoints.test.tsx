import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStep, expectedTriggerTable, initialBuilderState, notebookPlaceholder } from '../../../src/workshop';
import { doneUpTo } from '../../workshop/helpers';
import { KEY, NOW, mount, repeat } from './harness';
import { REFERENCE_NOTE } from '../../../src/screens/workshop/checkpoints/WorkshopCheckpoint';

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
});

function open(...args: Parameters<typeof mount>) {
  const m = mount(...args);
  mounted.push(m.unmount);
  return m;
}

describe('step 1: Create Job', () => {
  it('Enter on Create Job creates the job and passes', async () => {
    const m = open(1, initialBuilderState());
    await m.waitFor('[ Create Job ]');
    await m.press(KEY.enter);
    const frame = await m.waitFor('Checkpoint passed.');
    expect(frame).toContain(`Job ID ${NOW * 1000 + 101}`);
    expect(m.store.get().customer?.id).toBe(NOW * 1000 + 101);
    expect(m.onDone).toHaveBeenCalledTimes(1);
  });
});

describe('step 2: the name', () => {
  it('asks for a name, then shows the job names and passes', async () => {
    const m = open(2, doneUpTo(1));
    await m.waitFor('Your name');
    await m.press(KEY.enter);
    await m.waitFor('Type your name');
    expect(m.onDone).not.toHaveBeenCalled();
    await m.press('Ana María', KEY.enter);
    const frame = await m.waitFor('Checkpoint passed.');
    expect(frame).toContain('ana_maria_customer_pipeline');
    expect(frame).toContain('ana_maria_orders_pipeline');
    expect(frame).toContain('does not need to be globally unique');
    expect(m.store.get().learnerName).toBe('Ana María');
    expect(m.onDone).toHaveBeenCalledTimes(1);
  });
});

describe('step 3: job parameters', () => {
  it('typing both parameters in the key/value editor passes', async () => {
    const m = open(3, doneUpTo(2));
    await m.waitFor('Parameter 1');
    // Key, Tab, value, Tab, next key: Tab skips the rows' ✕ buttons, so no typed text is dropped.
    await m.press('catalog', KEY.tab, 'retailhub_ana', KEY.tab, 'source_path', KEY.tab, '/Volumes/retailhub_ana/default/datasets', KEY.enter);
    await m.waitFor('Checkpoint passed.');
    expect(m.store.get().customer?.parameters).toEqual([
      { name: 'catalog', value: 'retailhub_ana' },
      { name: 'source_path', value: '/Volumes/retailhub_ana/default/datasets' },
    ]);
    expect(m.onDone).toHaveBeenCalledTimes(1);
  });

  it('explains a wrong value, and the result follows the fix', async () => {
    const m = open(3, doneUpTo(2));
    await m.waitFor('Parameter 1');
    await m.press('catalog', KEY.tab, 'retailhub_trainer', KEY.enter);
    await m.waitFor("uses retailhub_trainer, the trainer's catalog");
    await m.waitFor('Add a parameter named source_path');
    await m.press(...repeat(KEY.backspace, 'trainer'.length), 'ana');
    await m.waitFor('✗ Add a parameter named source_path');
    expect(m.frame()).not.toContain('retailhub_trainer, the trainer');
    expect(m.onDone).not.toHaveBeenCalled();
  });

  it('adds and removes rows with the buttons', async () => {
    const m = open(3, doneUpTo(3));
    await m.waitFor('Parameter 2');
    // Shift+Tab from the first field wraps to the last (YAML), then back to Check and Add.
    await m.press(KEY.shiftTab, KEY.shiftTab, KEY.shiftTab, KEY.enter);
    await m.waitFor('Parameter 3');
    expect(m.store.get().customer?.parameters).toHaveLength(3);
    // Up to the third row's ✕ and press it.
    await m.press(KEY.up, KEY.enter);
    await vi_wait(() => expect(m.store.get().customer?.parameters).toHaveLength(2));
  });
});

async function vi_wait(fn: () => void): Promise<void> {
  const { vi } = await import('vitest');
  await vi.waitFor(fn, { timeout: 1000, interval: 5 });
}

describe('steps 4 and 5: the customer tasks', () => {
  it('step 4: name, path and compute give bronze_customer, with the lab\'s compute note', async () => {
    const s = doneUpTo(3);
    const m = open(4, s);
    await m.waitFor('Task name');
    await m.press('bronze_customer', KEY.down, KEY.down, KEY.down, notebookPlaceholder(s, 'bronze_customers'), KEY.down, KEY.right);
    await m.waitFor('For workshop only — in production, use a dedicated Job cluster.');
    await m.press(KEY.enter);
    await m.waitFor('Checkpoint passed.');
    expect(m.store.get().customer?.tasks[0]).toEqual({
      task_key: 'bronze_customer',
      type: 'notebook',
      source: 'WORKSPACE',
      notebook_path: '/Workspace/Users/ana/retailhub/bronze_customers',
      compute: 'shared',
      depends_on: [],
    });
    expect(m.onDone).toHaveBeenCalledTimes(1);
  });

  it('step 4: a missing compute is explained', async () => {
    const m = open(4, doneUpTo(3));
    await m.waitFor('Task name');
    await m.press('bronze_customer', KEY.down, KEY.down, KEY.down, '/Workspace/x/bronze_customers', KEY.enter);
    await m.waitFor('choose the compute');
    expect(m.onDone).not.toHaveBeenCalled();
  });

  it('step 5: silver_customer with Depends on → bronze_customer', async () => {
    const s = doneUpTo(4);
    const m = open(5, s);
    await m.waitFor('Task name');
    await m.press('silver_customer', ...repeat(KEY.down, 3), notebookPlaceholder(s, 'silver_customers'), KEY.down, KEY.right, KEY.down);
    await m.press(KEY.enter);
    await m.waitFor('set Depends on → bronze_customer');
    await m.press(KEY.right, KEY.enter);
    await m.waitFor('Checkpoint passed.');
    expect(m.store.get().customer?.tasks[1]?.depends_on).toEqual(['bronze_customer']);
    expect(m.onDone).toHaveBeenCalledTimes(1);
  });
});

describe('step 6: the orders job', () => {
  it('create the job, fill the four task slots, check', async () => {
    const s = doneUpTo(5);
    const m = open(6, s);
    await m.waitFor('[ Create Job ]');
    await m.press(KEY.enter);
    await m.waitFor('catalog=retailhub_ana');
    const tasks: Array<[string, string]> = [
      ['bronze_orders', 'bronze_orders'],
      ['silver_orders', 'silver_orders'],
      ['gold_daily_orders', 'gold_daily_orders'],
      ['gold_summary', 'gold_customer_orders_summary'],
    ];
    for (const [i, [key, nb]] of tasks.entries()) {
      // Focus is on the Task selector: choose slot i, then fill its fields.
      if (i > 0) await m.press(KEY.right);
      await m.press(KEY.down, key, ...repeat(KEY.down, 3), notebookPlaceholder(s, nb), KEY.down, KEY.right);
      if (i > 0) await m.press(KEY.down, ...repeat(KEY.right, i));
      await m.press(...repeat(KEY.up, i > 0 ? 6 : 5));
    }
    await m.waitFor('Lab table: gold_summary · YAML: gold_customer_orders_summary — both accepted.');
    await m.press(...repeat(KEY.shiftTab, 3), KEY.enter);
    await m.waitFor('Checkpoint passed.');
    expect(m.store.get().orders?.tasks.map((t) => [t.task_key, t.depends_on.join()])).toEqual([
      ['bronze_orders', ''],
      ['silver_orders', 'bronze_orders'],
      ['gold_daily_orders', 'silver_orders'],
      ['gold_summary', 'gold_daily_orders'],
    ]);
    expect(m.onDone).toHaveBeenCalledTimes(1);
  });
});

describe('step 7: the trigger', () => {
  it('a bare silver_customers is explained; the full name passes', async () => {
    const s = doneUpTo(6);
    const m = open(7, s);
    await m.waitFor('Trigger type');
    await m.press(KEY.right, KEY.down, 'silver_customers', KEY.enter);
    await m.waitFor('"silver_customers" alone is not enough');
    await m.press(...repeat(KEY.backspace, 'silver_customers'.length), expectedTriggerTable(s), KEY.enter);
    await m.waitFor('Checkpoint passed.');
    expect(m.store.get().orders?.trigger).toEqual({ type: 'table_update', table: 'retailhub_ana.silver.silver_customers', url: '', paused: false });
    expect(m.onDone).toHaveBeenCalledTimes(1);
  });
});

describe('step 8: Run now', () => {
  it('runs the customer job, the trigger starts the orders job, both succeed in the Run History', async () => {
    const m = open(8, doneUpTo(7));
    await m.waitFor('[ Run now ]');
    await m.press(KEY.enter);
    await m.waitFor('● Running');
    const frame = await m.waitFor('Run History', 5000);
    expect(frame).toMatch(/ana_customer_pipeline\s+Manually\s+\S+ \S+\s+✓ Succeeded/);
    expect(frame).toMatch(/ana_orders_pipeline\s+By trigger\s+\S+ \S+\s+✓ Succeeded/);
    await m.waitFor('Checkpoint passed.');
    expect(m.store.get().lastRun?.history.map((h) => [h.job, h.result])).toEqual([
      ['orders', 'SUCCESS'],
      ['customer', 'SUCCESS'],
    ]);
    expect(checkStep(8, m.store.get()).ok).toBe(true);
    expect(m.onDone).toHaveBeenCalledTimes(1);
  });

  it('Skip jumps to the end; a missing trigger is explained', async () => {
    const s = doneUpTo(6);
    const m = open(8, s, { tickMs: 10_000 });
    await m.press(KEY.enter);
    await m.waitFor('[ Skip to the end ]');
    await m.press(KEY.down, KEY.enter);
    await m.waitFor('Run History');
    await m.waitFor('The orders pipeline did not start.');
    expect(m.store.get().lastRun?.notTriggered).toBe('The orders job has no trigger, so nothing starts it (step 7).');
    expect(m.store.get().lastRun?.history.map((h) => h.job)).toEqual(['customer']);
    expect(m.onDone).not.toHaveBeenCalled();
  });

  it('a job that cannot run is reported without an animation', async () => {
    const m = open(8, doneUpTo(1));
    await m.press(KEY.enter);
    await m.waitFor('The customer job cannot run');
  });
});

describe('YAML view', () => {
  it('y shows the learner\'s bundle YAML, ←→ the lab\'s reference, y goes back', async () => {
    const m = open(5, doneUpTo(5));
    await m.waitFor('Task name');
    await m.press(KEY.shiftTab); // the YAML button
    await m.press('y');
    let frame = await m.waitFor('resources:');
    expect(frame).toContain('ana_customer_pipeline:');
    expect(frame).toContain('- task_key: bronze_customer');
    await m.press(KEY.right);
    frame = await m.waitFor('demo_customer_pipeline');
    // The note under the lab's YAML wraps: it is read in full, not cut at the edge.
    const text = frame.split('\n').map((l) => l.trim()).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain(REFERENCE_NOTE);
    expect(Math.max(...frame.split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    await m.press(KEY.down, KEY.down);
    expect(m.frame()).not.toContain('  jobs:');
    await m.press('y');
    await m.waitFor('Task name');
  });

  it('Enter on the YAML button opens it too', async () => {
    const m = open(7, doneUpTo(7));
    await m.waitFor('Trigger type');
    await m.press(KEY.shiftTab, KEY.enter);
    const frame = await m.waitFor('table_update:');
    expect(frame).toContain('- retailhub_ana.silver.silver_customers');
  });
});

describe('layout', () => {
  it('collapsed: two rows with the live verdict', async () => {
    const m = open(3, doneUpTo(2), { active: false });
    const frame = await m.waitFor('Checkpoint');
    expect(frame.split('\n')).toHaveLength(2);
    expect(frame).toContain('○ To do: Add a parameter named catalog');
    const done = open(3, doneUpTo(3), { active: false });
    await done.waitFor('✓ Ready');
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('step %i stays within 80 columns and the given height', async (step) => {
    const m = open(step, doneUpTo(step), { height: 16 });
    await m.waitFor('Checkpoint');
    await m.press(KEY.enter);
    await new Promise((r) => setTimeout(r, 30));
    const lines = m.frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(16);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(80);
  });

  it('other step numbers render nothing', async () => {
    const m = open(9, doneUpTo(1));
    await new Promise((r) => setTimeout(r, 10));
    expect(m.frame()).toBe('');
  });
});
