import { describe, expect, it } from 'vitest';
import { buildForm, cycleOption, fieldById, focusOrder, focusedField, formUiReducer, initialFormUi, jobsOfStep, learnerYaml, referenceYaml, type Field, type FormModel } from '../../../src/screens/workshop/checkpoints/form';
import { formCommand, yamlCommand } from '../../../src/screens/workshop/checkpoints/keys';
import { LAB08 } from '../../../src/lessons';
import { initialBuilderState, workshopReducer, type WorkshopStepNumber } from '../../../src/workshop';
import { doneUpTo } from '../../workshop/helpers';
import { key } from '../../support/ink-key';

const CTX = { width: 80, newJobId: () => 7 };

function form(step: WorkshopStepNumber, s = doneUpTo(step - 1), ui = initialFormUi()): FormModel {
  return buildForm(step, s, ui, CTX);
}

describe('formUiReducer', () => {
  it('moves focus with wrap-around, from the first field when none is set', () => {
    const order = ['a', 'b', 'c'];
    let ui = formUiReducer(initialFormUi(), { type: 'move', delta: 1, order });
    expect(ui.focus).toBe('b');
    ui = formUiReducer(ui, { type: 'move', delta: 1, order });
    ui = formUiReducer(ui, { type: 'move', delta: 1, order });
    expect(ui.focus).toBe('a');
    expect(formUiReducer(initialFormUi(), { type: 'move', delta: -1, order }).focus).toBe('c');
    expect(formUiReducer({ ...initialFormUi(), focus: 'gone' }, { type: 'move', delta: 1, order }).focus).toBe('b');
    const same = formUiReducer(ui, { type: 'focus', id: 'a' });
    expect(same).toBe(ui);
  });

  it('opens, switches and scrolls the YAML within bounds', () => {
    let ui = formUiReducer(initialFormUi(), { type: 'yaml', open: true });
    expect(ui.mode).toBe('yaml');
    ui = formUiReducer(ui, { type: 'scroll', delta: 5, max: 3 });
    expect(ui.yamlOffset).toBe(3);
    ui = formUiReducer(ui, { type: 'yamlSide' });
    expect([ui.yamlSide, ui.yamlOffset]).toEqual(['reference', 0]);
    expect(formUiReducer(ui, { type: 'scroll', delta: -1, max: 3 })).toBe(ui);
    expect(formUiReducer(ui, { type: 'yaml', open: false }).mode).toBe('form');
    const checked = formUiReducer(ui, { type: 'checked' });
    expect(checked.checked).toBe(true);
    expect(formUiReducer(checked, { type: 'checked' })).toBe(checked);
    expect(formUiReducer(checked, { type: 'slot', index: 2 }).slot).toBe(2);
  });
});

describe('cycleOption', () => {
  const opts = [
    { value: 'a', label: 'A' },
    { value: 'b', label: 'B' },
  ];
  it('wraps both ways and starts at the first option from no choice', () => {
    expect(cycleOption(opts, 'a', 1)).toBe('b');
    expect(cycleOption(opts, 'b', 1)).toBe('a');
    expect(cycleOption(opts, 'a', -1)).toBe('b');
    expect(cycleOption(opts, '', -1)).toBe('a');
    expect(cycleOption([], '', 1)).toBeUndefined();
  });
});

describe('buildForm', () => {
  const ids = (m: FormModel) => focusOrder(m);
  it('step 1 offers Create Job, then Check once the job exists', () => {
    const before = form(1, initialBuilderState());
    const create = fieldById(before, 'create') as Extract<Field, { kind: 'button' }>;
    expect(create.label).toBe('Create Job');
    expect(create.effect).toEqual({ type: 'dispatch', action: { type: 'job/create', job: 'customer', id: 7 }, thenCheck: true });
    expect((fieldById(form(1, doneUpTo(1)), 'create') as { label: string }).label).toBe('Check');
  });

  it('step 3 shows at least two parameter rows, each with name, value and remove', () => {
    expect(ids(form(3))).toEqual(['p0.name', 'p0.value', 'p0.remove', 'p1.name', 'p1.value', 'p1.remove', 'add', 'check', 'yaml']);
    const name = fieldById(form(3), 'p1.name') as Extract<Field, { kind: 'text' }>;
    expect(name.set('x')).toEqual({ type: 'param/set', job: 'customer', index: 1, field: 'name', value: 'x' });
  });

  it('steps 4–5 mirror the Add task dialog; Depends on appears once another task exists', () => {
    expect(ids(form(4))).toEqual(['customer.0.name', 'customer.0.type', 'customer.0.source', 'customer.0.path', 'customer.0.compute', 'check', 'yaml']);
    const five = form(5);
    expect(ids(five)).toContain('customer.1.deps');
    const deps = fieldById(five, 'customer.1.deps') as Extract<Field, { kind: 'choice' }>;
    expect(deps.options.map((o) => o.label)).toEqual(['(none)', 'bronze_customer']);
    expect(deps.choose('bronze_customer')).toEqual({ type: 'dispatch', action: { type: 'task/set', job: 'customer', index: 1, patch: { depends_on: ['bronze_customer'] } } });
    const compute = fieldById(five, 'customer.1.compute') as Extract<Field, { kind: 'choice' }>;
    expect(compute.options.map((o) => o.label)).toEqual(['Shared training cluster', 'Job cluster', 'Serverless']);
    expect(compute.value).toBe('');
  });

  it('a pipeline task hides Source and Path', () => {
    const s = workshopReducer(doneUpTo(3), { type: 'task/set', job: 'customer', index: 0, patch: { type: 'pipeline' } });
    expect(ids(form(4, s))).toEqual(['customer.0.name', 'customer.0.type', 'check', 'yaml']);
  });

  it('step 6 creates the job first, then edits one slot at a time', () => {
    expect(ids(form(6))).toEqual(['create', 'yaml']);
    const s = doneUpTo(6);
    const ui = { ...initialFormUi(), slot: 3 };
    const m = form(6, s, ui);
    expect(ids(m)).toEqual(['slot', 'orders.3.name', 'orders.3.type', 'orders.3.source', 'orders.3.path', 'orders.3.compute', 'orders.3.deps', 'check', 'copy', 'yaml']);
    expect(m.rows.some((r) => r.kind === 'note' && r.text.includes('gold_summary'))).toBe(true);
    const slot = fieldById(m, 'slot') as Extract<Field, { kind: 'choice' }>;
    expect(slot.options.map((o) => o.label)).toEqual(['1 bronze_orders', '2 silver_orders', '3 gold_daily_orders', '4 gold_customer_orders_summary']);
    expect(slot.choose('1')).toEqual({ type: 'slot', index: 1 });
  });

  it('step 7 shows the field of the chosen trigger type', () => {
    expect(ids(form(7))).toEqual(['type', 'check', 'yaml']);
    expect(ids(form(7, doneUpTo(7)))).toEqual(['type', 'table', 'status', 'check', 'yaml']);
    const s = workshopReducer(doneUpTo(6), { type: 'trigger/set', job: 'orders', patch: { type: 'file_arrival' } });
    expect(ids(form(7, s))).toEqual(['type', 'url', 'status', 'check', 'yaml']);
  });

  it('step 8 offers Skip only while running', () => {
    expect(ids(buildForm(8, doneUpTo(7), initialFormUi(), CTX))).toEqual(['run', 'yaml']);
    expect(ids(buildForm(8, doneUpTo(7), initialFormUi(), CTX, true))).toEqual(['run', 'skip', 'yaml']);
  });

  it('focusedField falls back to the first field', () => {
    expect(focusedField(form(4), { focus: null })?.id).toBe('customer.0.name');
    expect(focusedField(form(4), { focus: 'nope' })?.id).toBe('customer.0.name');
  });
});

describe('YAML texts', () => {
  it('yours comes from bundleYaml, the reference from the lab', () => {
    expect(jobsOfStep(3)).toEqual(['customer']);
    expect(jobsOfStep(7)).toEqual(['orders']);
    expect(jobsOfStep(8)).toEqual(['customer', 'orders']);
    expect(learnerYaml(initialBuilderState(), ['customer'])).toMatch(/^# No job yet/);
    expect(learnerYaml(doneUpTo(7), ['orders'])).toContain('ana_orders_pipeline:');
    expect(referenceYaml(['orders'])).toBe(`${LAB08.workshop.reference.ordersYaml.replace(/\n+$/, '')}\n`);
    expect(referenceYaml(['customer', 'orders'])).toContain('demo_customer_pipeline');
  });
});

describe('keys', () => {
  it('in a text field only ↑ ↓ Tab Shift+Tab and Enter (check) are the form\'s', () => {
    // Tab moves in the order that skips the rows' ✕ buttons, ↓ in the order that reaches them.
    expect(formCommand('', key({ tab: true }), 'text')).toBe('tabNext');
    expect(formCommand('', key({ tab: true, shift: true }), 'text')).toBe('tabPrev');
    expect(formCommand('', key({ downArrow: true }), 'text')).toBe('next');
    expect(formCommand('', key({ upArrow: true }), 'text')).toBe('prev');
    expect(formCommand('', key({ return: true }), 'text')).toBe('activate');
    expect(formCommand(' ', key(), 'text')).toBeUndefined();
    expect(formCommand('y', key(), 'text')).toBeUndefined();
    expect(formCommand('', key({ leftArrow: true }), 'text')).toBeUndefined();
  });
  it('choices take ←/→/Space, buttons Enter/Space, both y', () => {
    expect(formCommand('', key({ leftArrow: true }), 'choice')).toBe('choosePrev');
    expect(formCommand(' ', key(), 'choice')).toBe('chooseNext');
    expect(formCommand('', key({ return: true }), 'choice')).toBe('activate');
    expect(formCommand(' ', key(), 'button')).toBe('activate');
    expect(formCommand('y', key(), 'button')).toBe('yaml');
    expect(formCommand('y', key({ ctrl: true }), 'button')).toBeUndefined();
  });
  it('the YAML view scrolls, switches and closes', () => {
    expect(yamlCommand('', key({ upArrow: true }))).toBe('scrollUp');
    expect(yamlCommand(' ', key())).toBe('pageDown');
    expect(yamlCommand('', key({ rightArrow: true }))).toBe('switch');
    expect(yamlCommand('y', key())).toBe('close');
    expect(yamlCommand('q', key())).toBeUndefined();
  });
});
