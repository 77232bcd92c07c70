import { describe, expect, it } from 'vitest';
import {
  isFullyQualifiedTable,
  jobFiresOnTableUpdate,
  referenceJobs,
  referenceTableWrites,
  simulateRun,
  tableUpdateFires,
  tablesUpdated,
  triggerField,
  triggersOf,
  type TriggerSpec,
} from '../../src/jobs';

describe('tableUpdateFires', () => {
  const any: TriggerSpec = { kind: 'table_update', table_names: ['c.s.a', 'c.s.b'] };
  const all: TriggerSpec = { ...any, condition: 'ALL_UPDATED' };

  it('fires on any watched table by default (ANY_UPDATED)', () => {
    expect(tableUpdateFires(any, ['c.s.b'])).toBe(true);
    expect(tableUpdateFires(any, ['c.s.other'])).toBe(false);
    expect(tableUpdateFires(any, [])).toBe(false);
  });

  it('needs every watched table with ALL_UPDATED', () => {
    expect(tableUpdateFires(all, ['c.s.a'])).toBe(false);
    expect(tableUpdateFires(all, ['c.s.b', 'c.s.a', 'c.s.z'])).toBe(true);
  });

  it('compares names case-insensitively and ignores backticks', () => {
    expect(tableUpdateFires({ kind: 'table_update', table_names: ['Retailhub_Bob.silver.Silver_Customers'] }, ['`retailhub_bob`.`silver`.`silver_customers`'])).toBe(true);
  });

  it('never fires when paused, for other trigger kinds, or with no trigger', () => {
    expect(tableUpdateFires({ ...any, paused: true }, ['c.s.a'])).toBe(false);
    expect(tableUpdateFires({ kind: 'file_arrival', url: '/Volumes/c/s/v' }, ['c.s.a'])).toBe(false);
    expect(tableUpdateFires(undefined, ['c.s.a'])).toBe(false);
  });
});

describe('the customer pipeline starts the orders pipeline', () => {
  const [customer, orders] = referenceJobs('bob');
  if (customer === undefined || orders === undefined) throw new Error('reference jobs missing');
  const writes = referenceTableWrites('bob');

  it('fires when silver_customer succeeds and updates silver_customers', () => {
    const updated = tablesUpdated(simulateRun(customer), writes);
    expect(updated).toEqual(['retailhub_bob.bronze.bronze_customers', 'retailhub_bob.silver.silver_customers']);
    expect(jobFiresOnTableUpdate(orders, updated)).toBe(true);
    expect(jobFiresOnTableUpdate(customer, updated)).toBe(false);
  });

  it('does not fire when silver_customer fails and only bronze was written', () => {
    const updated = tablesUpdated(simulateRun(customer, { silver_customer: 'fail' }), writes);
    expect(updated).toEqual(['retailhub_bob.bronze.bronze_customers']);
    expect(jobFiresOnTableUpdate(orders, updated)).toBe(false);
  });
});

describe('trigger helpers', () => {
  it('lists triggers without the manual placeholder and says which field each belongs to', () => {
    const job = { ...(referenceJobs('x')[0] as NonNullable<ReturnType<typeof referenceJobs>[0]>), trigger: [{ kind: 'manual' }, { kind: 'continuous' }] as TriggerSpec[] };
    expect(triggersOf(job)).toEqual([{ kind: 'continuous' }]);
    expect(triggerField({ kind: 'schedule', quartz_cron_expression: '0 0 6 * * ?', timezone_id: 'UTC' })).toBe('schedule');
    expect(triggerField({ kind: 'periodic', interval: 1, unit: 'DAYS' })).toBe('trigger');
    expect(triggerField({ kind: 'manual' })).toBeNull();
  });

  it('recognises catalog.schema.table names', () => {
    expect(isFullyQualifiedTable('retailhub_bob.silver.silver_customers')).toBe(true);
    expect(isFullyQualifiedTable('silver.silver_customers')).toBe(false);
    expect(isFullyQualifiedTable('a.b.c.d')).toBe(false);
    expect(isFullyQualifiedTable('a.b c.d')).toBe(false);
  });
});
