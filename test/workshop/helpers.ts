import { expectedParameters, expectedTriggerTable, notebookPlaceholder } from '../../src/workshop/expected';
import { workshopReducer, type WorkshopAction } from '../../src/workshop/reducer';
import { initialBuilderState, type BuilderState, type JobRef, type TaskDraft } from '../../src/workshop/state';

export function apply(state: BuilderState, ...actions: WorkshopAction[]): BuilderState {
  return actions.reduce(workshopReducer, state);
}

const CUSTOMER: Array<[string, string, string[]]> = [
  ['bronze_customer', 'bronze_customers', []],
  ['silver_customer', 'silver_customers', ['bronze_customer']],
];
const ORDERS: Array<[string, string, string[]]> = [
  ['bronze_orders', 'bronze_orders', []],
  ['silver_orders', 'silver_orders', ['bronze_orders']],
  ['gold_daily_orders', 'gold_daily_orders', ['silver_orders']],
  ['gold_customer_orders_summary', 'gold_customer_orders_summary', ['gold_daily_orders']],
];

function taskActions(state: BuilderState, job: JobRef, list: Array<[string, string, string[]]>): WorkshopAction[] {
  return list.map(([task_key, nb, depends_on], index) => ({
    type: 'task/set',
    job,
    index,
    patch: { task_key, notebook_path: notebookPlaceholder(state, nb), compute: 'shared', depends_on } satisfies Partial<TaskDraft>,
  }));
}

/** The state after doing steps 1..upTo exactly as the lab says, for `name`. */
export function doneUpTo(upTo: number, name = 'Ana'): BuilderState {
  let s = initialBuilderState();
  s = apply(s, { type: 'job/create', job: 'customer', id: 111 });
  if (upTo < 2) return s;
  s = apply(s, { type: 'name/set', value: name });
  if (upTo < 3) return s;
  expectedParameters(s).forEach((p, index) => {
    s = apply(s, { type: 'param/set', job: 'customer', index, field: 'name', value: p.name }, { type: 'param/set', job: 'customer', index, field: 'value', value: p.value });
  });
  if (upTo < 4) return s;
  s = apply(s, ...taskActions(s, 'customer', CUSTOMER.slice(0, upTo < 5 ? 1 : 2)));
  if (upTo < 6) return s;
  s = apply(s, { type: 'job/create', job: 'orders', id: 222 }, ...taskActions(s, 'orders', ORDERS));
  if (upTo < 7) return s;
  s = apply(s, { type: 'trigger/set', job: 'orders', patch: { type: 'table_update', table: expectedTriggerTable(s) } });
  return s;
}
