// The checkpoint forms as data (pure, no Ink): for each step, rows of fields that mirror the
// Databricks UI dialog of that step, and the small UI state around them (focus, the YAML view,
// which orders task is shown). The view draws a FormModel; the input hook moves focus over it.

import { FIELD_CAPS } from '../../input/text-field';
import { bundleYaml } from '../../../bundle';
import { LAB08 } from '../../../lessons';
import { padEnd } from '../../../text/width';
import {
  COMPUTE_CHOICES,
  JOB_ID_NOTE,
  SOURCE_CHOICES,
  TASK_TYPE_CHOICES,
  TRIGGER_TYPE_CHOICES,
  catalogFor,
  expectedTasks,
  hasUsableName,
  isBlankParam,
  jobNameFor,
  jobSpecFor,
  notebookPlaceholder,
  type BuilderState,
  type ComputeChoice,
  type JobRef,
  type SourceChoice,
  type TaskDraft,
  type TaskTypeChoice,
  type TriggerDraft,
  type TriggerTypeChoice,
  type WorkshopAction,
  type WorkshopStepNumber,
} from '../../../workshop';

/** What choosing an option or pressing a button does (not a key: keys are src/screens/keys.ts). */
export type FieldEffect =
  /** Change the builder state; `thenCheck` checks the step against the new state. */
  | { type: 'dispatch'; action: WorkshopAction; thenCheck?: boolean }
  | { type: 'check' }
  | { type: 'yaml' }
  /** Step 6: show another of the orders job's task slots. */
  | { type: 'slot'; index: number }
  /** Step 8. */
  | { type: 'run' }
  | { type: 'skip' };

export interface Option {
  value: string;
  label: string;
}

export type Field =
  | {
      kind: 'text';
      id: string;
      value: string;
      placeholder: string;
      width: number;
      /** Longest value (default FIELD_CAPS.value); typed or pasted text beyond it is refused with a message. */
      maxLength?: number;
      set: (value: string) => WorkshopAction;
    }
  | { kind: 'choice'; id: string; options: Option[]; value: string; choose: (value: string) => FieldEffect }
  | { kind: 'button'; id: string; label: string; effect: FieldEffect };

export type InfoRole = 'muted' | 'code' | 'accent' | 'warning' | 'success';

export type Row =
  | { kind: 'fields'; label: string; fields: Field[] }
  | { kind: 'info'; label: string; text: string; role?: InfoRole }
  /** A muted remark wrapped to the width (the lab's notes). */
  | { kind: 'note'; text: string };

export interface FormModel {
  /** What the form stands for in the Databricks UI, e.g. "Add task · bronze_customer". */
  title: string;
  rows: Row[];
}

export interface FormContext {
  width: number;
  /** A fresh Job ID for "Create Job" (the view passes a clock-based one). */
  newJobId: (job: JobRef) => number;
}

/** Columns before a field: the focus pointer (2) and the label (13). */
export const LABEL_WIDTH = 13;
export const GUTTER = 2;

// ---- UI state ------------------------------------------------------------------------------

export interface FormUi {
  /** Id of the focused field; null = the first one. */
  focus: string | null;
  /** The cursor in the focused text field (UTF-16 index); null = at the end of its value. */
  cursor: number | null;
  /** Step 6: which of the four task slots the task form shows. */
  slot: number;
  mode: 'form' | 'yaml';
  yamlSide: 'yours' | 'reference';
  yamlOffset: number;
  /** The learner asked for a check at least once: results are shown (and kept live). */
  checked: boolean;
}

export type UiAction =
  | { type: 'focus'; id: string }
  | { type: 'move'; delta: 1 | -1; order: readonly string[] }
  | { type: 'slot'; index: number }
  | { type: 'yaml'; open: boolean }
  | { type: 'yamlSide' }
  | { type: 'scroll'; delta: number; max: number }
  | { type: 'checked' }
  | { type: 'cursor'; at: number };

export function initialFormUi(): FormUi {
  return { focus: null, cursor: null, slot: 0, mode: 'form', yamlSide: 'yours', yamlOffset: 0, checked: false };
}

export function formUiReducer(ui: FormUi, action: UiAction): FormUi {
  switch (action.type) {
    case 'focus':
      return ui.focus === action.id ? ui : { ...ui, focus: action.id, cursor: null };
    case 'move': {
      const n = action.order.length;
      if (n === 0) return ui;
      // A focus that is unset or gone shows as the first field (see focusedField): move from there.
      const from = Math.max(0, ui.focus === null ? 0 : action.order.indexOf(ui.focus));
      const next = action.order[(((from + action.delta) % n) + n) % n] as string;
      return next === ui.focus ? ui : { ...ui, focus: next, cursor: null };
    }
    case 'slot':
      return ui.slot === action.index ? ui : { ...ui, slot: action.index };
    case 'yaml':
      if ((ui.mode === 'yaml') === action.open) return ui;
      return { ...ui, mode: action.open ? 'yaml' : 'form', yamlOffset: 0 };
    case 'yamlSide':
      return { ...ui, yamlSide: ui.yamlSide === 'yours' ? 'reference' : 'yours', yamlOffset: 0 };
    case 'scroll': {
      const offset = Math.max(0, Math.min(action.max, ui.yamlOffset + action.delta));
      return offset === ui.yamlOffset ? ui : { ...ui, yamlOffset: offset };
    }
    case 'checked':
      return ui.checked ? ui : { ...ui, checked: true };
    case 'cursor':
      return ui.cursor === action.at ? ui : { ...ui, cursor: action.at };
  }
}

/** Field ids in focus order. */
export function focusOrder(model: FormModel): string[] {
  return model.rows.flatMap((r) => (r.kind === 'fields' ? r.fields.map((f) => f.id) : []));
}

/**
 * Tab skips the rows' ✕ buttons: a learner types a key, Tab, a value, Tab, the next key, and text
 * typed while a button had the focus would be dropped. ↑/↓ still reach them.
 */
export function tabOrder(model: FormModel): string[] {
  return focusOrder(model).filter((id) => !id.endsWith('.remove'));
}

export function fieldById(model: FormModel, id: string | null): Field | undefined {
  for (const r of model.rows) if (r.kind === 'fields') for (const f of r.fields) if (f.id === id) return f;
  return undefined;
}

/** The focused field: the one named by `ui.focus`, or the first when it is gone. */
export function focusedField(model: FormModel, ui: Pick<FormUi, 'focus'>): Field | undefined {
  return fieldById(model, ui.focus) ?? fieldById(model, focusOrder(model)[0] ?? null);
}

/** The option after (or before) the current one, wrapping; from no choice, the first. */
export function cycleOption(options: readonly Option[], value: string, delta: 1 | -1): string | undefined {
  if (options.length === 0) return undefined;
  const at = options.findIndex((o) => o.value === value);
  if (at === -1) return (options[0] as Option).value;
  return (options[(((at + delta) % options.length) + options.length) % options.length] as Option).value;
}

// ---- option labels, as the Databricks UI words them --------------------------------------

export const TYPE_LABELS: Record<TaskTypeChoice, string> = { notebook: 'Notebook', pipeline: 'Pipeline' };
export const SOURCE_LABELS: Record<SourceChoice, string> = { WORKSPACE: 'Workspace', GIT: 'Git provider' };
export const COMPUTE_LABELS: Record<ComputeChoice, string> = { shared: 'Shared training cluster', job_cluster: 'Job cluster', serverless: 'Serverless' };
export const TRIGGER_LABELS: Record<TriggerTypeChoice, string> = {
  table_update: 'Table update',
  file_arrival: 'File arrival',
  continuous: 'Continuous',
  none: 'None',
};

const options = <T extends string>(values: readonly T[], labels: Record<T, string>): Option[] => values.map((v) => ({ value: v, label: labels[v] }));

// ---- the forms -------------------------------------------------------------------------------

/** The lab's table and its YAML name the last orders task differently (one line at 80 columns). */
export const GOLD_SUMMARY_SHORT = 'Lab table: gold_summary · YAML: gold_customer_orders_summary — both accepted.';

const button = (id: string, label: string, effect: FieldEffect): Field => ({ kind: 'button', id, label, effect });
const yamlButton = button('yaml', 'YAML', { type: 'yaml' });

function textWidth(ctx: FormContext): number {
  return Math.max(12, ctx.width - GUTTER - LABEL_WIDTH - 1);
}

function jobLine(state: BuilderState, job: JobRef): string {
  const draft = state[job];
  const name = hasUsableName(state) ? jobNameFor(state, job) : 'New Job (named in step 2)';
  return draft ? `${name} · Job ID ${draft.id}` : name;
}

/** The fields of one task (steps 4, 5 and each slot of step 6), as in the "Add task" dialog. */
function taskRows(state: BuilderState, job: JobRef, index: number, ctx: FormContext): Row[] {
  const draft: TaskDraft | undefined = state[job]?.tasks[index];
  const exp = expectedTasks(job)[index];
  const set = (patch: Partial<TaskDraft>): WorkshopAction => ({ type: 'task/set', job, index, patch });
  const choose = (patch: (v: string) => Partial<TaskDraft>) => (v: string): FieldEffect => ({ type: 'dispatch', action: set(patch(v)) });
  const id = (name: string): string => `${job}.${index}.${name}`;
  const rows: Row[] = [
    {
      kind: 'fields',
      label: 'Task name',
      fields: [{ kind: 'text', id: id('name'), value: draft?.task_key ?? '', placeholder: `e.g. ${exp?.task_key ?? 'task_name'}`, width: Math.min(40, textWidth(ctx)), set: (v) => set({ task_key: v }) }],
    },
    {
      kind: 'fields',
      label: 'Type',
      fields: [{ kind: 'choice', id: id('type'), options: options(TASK_TYPE_CHOICES, TYPE_LABELS), value: draft?.type ?? 'notebook', choose: choose((v) => ({ type: v as TaskTypeChoice })) }],
    },
  ];
  if ((draft?.type ?? 'notebook') === 'notebook') {
    rows.push(
      {
        kind: 'fields',
        label: 'Source',
        fields: [{ kind: 'choice', id: id('source'), options: options(SOURCE_CHOICES, SOURCE_LABELS), value: draft?.source ?? 'WORKSPACE', choose: choose((v) => ({ source: v as SourceChoice })) }],
      },
      {
        kind: 'fields',
        label: 'Path',
        fields: [
          {
            kind: 'text',
            id: id('path'),
            value: draft?.notebook_path ?? '',
            placeholder: `e.g. ${notebookPlaceholder(state, exp?.notebooks[0] ?? 'notebook')}`,
            width: textWidth(ctx),
            set: (v) => set({ notebook_path: v }),
          },
        ],
      },
      {
        kind: 'fields',
        label: 'Compute',
        fields: [{ kind: 'choice', id: id('compute'), options: options(COMPUTE_CHOICES, COMPUTE_LABELS), value: draft?.compute ?? '', choose: choose((v) => ({ compute: v as ComputeChoice })) }],
      },
    );
  } else {
    rows.push({ kind: 'info', label: '', text: 'A pipeline task runs a pipeline; the lab\'s tasks run notebooks.', role: 'warning' });
  }
  const others = (state[job]?.tasks ?? []).map((t) => t.task_key).filter((k, i) => i !== index && k.trim() !== '');
  const deps = draft?.depends_on ?? [];
  if (others.length > 0 || deps.length > 0) {
    const opts: Option[] = [{ value: '', label: '(none)' }, ...[...new Set([...others, ...deps])].map((k) => ({ value: k, label: k }))];
    rows.push({
      kind: 'fields',
      label: 'Depends on',
      fields: [{ kind: 'choice', id: id('deps'), options: opts, value: deps[0] ?? '', choose: choose((v) => ({ depends_on: v === '' ? [] : [v] })) }],
    });
  }
  return rows;
}

function computeNote(state: BuilderState, job: JobRef, index: number): Row[] {
  return state[job]?.tasks[index]?.compute === 'shared'
    ? [{ kind: 'note', text: 'For workshop only — in production, use a dedicated Job cluster.' }]
    : [];
}

function step1(state: BuilderState, ctx: FormContext): FormModel {
  const created = state.customer !== null;
  return {
    title: 'Jobs & Pipelines',
    rows: [
      { kind: 'info', label: 'Sidebar', text: 'Jobs & Pipelines › Create Job', role: 'accent' },
      ...(created ? [{ kind: 'info', label: 'Job', text: jobLine(state, 'customer'), role: 'code' } as Row] : []),
      {
        kind: 'fields',
        label: '',
        fields: [
          created
            ? button('create', 'Check', { type: 'check' })
            : button('create', 'Create Job', { type: 'dispatch', action: { type: 'job/create', job: 'customer', id: ctx.newJobId('customer') }, thenCheck: true }),
          yamlButton,
        ],
      },
    ],
  };
}

function step2(state: BuilderState, ctx: FormContext): FormModel {
  const named = hasUsableName(state);
  return {
    title: 'Job details',
    rows: [
      {
        kind: 'fields',
        label: 'Your name',
        fields: [{ kind: 'text', id: 'name', value: state.learnerName, placeholder: 'e.g. Ana', width: Math.min(30, textWidth(ctx)), maxLength: FIELD_CAPS.name, set: (v) => ({ type: 'name/set', value: v }) }],
      },
      { kind: 'info', label: 'Job name', text: named ? jobNameFor(state, 'customer') : '<your_name>_customer_pipeline', role: named ? 'code' : 'muted' },
      { kind: 'info', label: 'Orders job', text: named ? `${jobNameFor(state, 'orders')} (step 6)` : '<your_name>_orders_pipeline', role: named ? 'code' : 'muted' },
      { kind: 'info', label: 'Catalog', text: named ? catalogFor(state) : 'retailhub_<your_name>', role: named ? 'code' : 'muted' },
      { kind: 'info', label: 'Job ID', text: state.customer ? String(state.customer.id) : '(assigned when the job is created)', role: 'muted' },
      { kind: 'note', text: JOB_ID_NOTE },
      { kind: 'fields', label: '', fields: [button('check', 'Check', { type: 'check' }), yamlButton] },
    ],
  };
}

function step3(state: BuilderState, ctx: FormContext): FormModel {
  const params = state.customer?.parameters ?? [];
  const shown = Math.max(2, params.length);
  const nameWidth = 16;
  const valueWidth = Math.max(12, textWidth(ctx) - nameWidth - 6);
  const rows: Row[] = [{ kind: 'info', label: '', text: `${padEnd('Key', nameWidth + 1)}Value`, role: 'muted' }];
  for (let i = 0; i < shown; i++) {
    const p = params[i] ?? { name: '', value: '' };
    rows.push({
      kind: 'fields',
      label: `Parameter ${i + 1}`,
      fields: [
        { kind: 'text', id: `p${i}.name`, value: p.name, placeholder: i === 0 ? 'catalog' : i === 1 ? 'source_path' : 'name', width: nameWidth, set: (v) => ({ type: 'param/set', job: 'customer', index: i, field: 'name', value: v }) },
        { kind: 'text', id: `p${i}.value`, value: p.value, placeholder: 'value', width: valueWidth, set: (v) => ({ type: 'param/set', job: 'customer', index: i, field: 'value', value: v }) },
        button(`p${i}.remove`, '✕', { type: 'dispatch', action: { type: 'param/remove', job: 'customer', index: i } }),
      ],
    });
  }
  rows.push({
    kind: 'fields',
    label: '',
    fields: [button('add', '+ Add parameter', { type: 'dispatch', action: { type: 'param/add', job: 'customer' } }), button('check', 'Check', { type: 'check' }), yamlButton],
  });
  const blank = params.filter(isBlankParam).length;
  if (blank > 0 && params.length > 2) rows.push({ kind: 'note', text: 'Empty rows are ignored.' });
  return { title: `Job parameters · ${jobLine(state, 'customer')}`, rows };
}

function taskStep(state: BuilderState, index: number, ctx: FormContext): FormModel {
  const exp = expectedTasks('customer')[index];
  return {
    title: `Add task · ${exp?.task_key ?? ''} (task ${index + 1} of ${hasUsableName(state) ? jobNameFor(state, 'customer') : 'the customer job'})`,
    rows: [
      ...taskRows(state, 'customer', index, ctx),
      ...computeNote(state, 'customer', index),
      { kind: 'fields', label: '', fields: [button('check', 'Create task', { type: 'check' }), yamlButton] },
    ],
  };
}

function paramsSummary(state: BuilderState, job: JobRef): string {
  const list = (state[job]?.parameters ?? []).filter((p) => !isBlankParam(p)).map((p) => `${p.name}=${p.value}`);
  return list.length > 0 ? list.join(', ') : '(none)';
}

function step6(state: BuilderState, ui: FormUi, ctx: FormContext): FormModel {
  if (!state.orders) {
    return {
      title: 'Jobs & Pipelines',
      rows: [
        { kind: 'info', label: 'New job', text: hasUsableName(state) ? jobNameFor(state, 'orders') : '<your_name>_orders_pipeline', role: 'code' },
        { kind: 'note', text: 'Creating the job copies the parameters of the customer job (the same steps as above).' },
        {
          kind: 'fields',
          label: '',
          fields: [button('create', 'Create Job', { type: 'dispatch', action: { type: 'job/create', job: 'orders', id: ctx.newJobId('orders') } }), yamlButton],
        },
      ],
    };
  }
  const slots = expectedTasks('orders').map((e, i) => {
    const key = state.orders?.tasks[i]?.task_key.trim() ?? '';
    return { value: String(i), label: `${i + 1} ${key === '' ? `(${e.task_key})` : key}` };
  });
  const slot = Math.max(0, Math.min(slots.length - 1, ui.slot));
  const rows: Row[] = [
    { kind: 'info', label: 'Parameters', text: paramsSummary(state, 'orders'), role: 'code' },
    {
      kind: 'fields',
      label: 'Task',
      fields: [{ kind: 'choice', id: 'slot', options: slots, value: String(slot), choose: (v) => ({ type: 'slot', index: Number(v) }) }],
    },
    ...taskRows(state, 'orders', slot, ctx),
  ];
  if (slot === 3) rows.push({ kind: 'note', text: GOLD_SUMMARY_SHORT });
  rows.push({
    kind: 'fields',
    label: '',
    fields: [
      button('check', 'Check job', { type: 'check' }),
      button('copy', 'Copy parameters', { type: 'dispatch', action: { type: 'params/copy', from: 'customer', to: 'orders' } }),
      yamlButton,
    ],
  });
  return { title: jobLine(state, 'orders'), rows };
}

function step7(state: BuilderState, ctx: FormContext): FormModel {
  const t = state.orders?.trigger ?? { type: 'none' as const, table: '', url: '', paused: false };
  const set = (patch: Partial<TriggerDraft>): WorkshopAction => ({ type: 'trigger/set', job: 'orders', patch });
  const rows: Row[] = [
    {
      kind: 'fields',
      label: 'Trigger type',
      fields: [{ kind: 'choice', id: 'type', options: options(TRIGGER_TYPE_CHOICES, TRIGGER_LABELS), value: t.type, choose: (v) => ({ type: 'dispatch', action: set({ type: v as TriggerTypeChoice }) }) }],
    },
  ];
  if (t.type === 'table_update') {
    rows.push({
      kind: 'fields',
      label: 'Table',
      fields: [{ kind: 'text', id: 'table', value: t.table, placeholder: 'catalog.schema.table', width: textWidth(ctx), set: (v) => set({ table: v }) }],
    });
  } else if (t.type === 'file_arrival') {
    rows.push({
      kind: 'fields',
      label: 'Storage',
      fields: [{ kind: 'text', id: 'url', value: t.url, placeholder: '/Volumes/<catalog>/<schema>/<volume>/', width: textWidth(ctx), set: (v) => set({ url: v }) }],
    });
  }
  if (t.type !== 'none') {
    rows.push({
      kind: 'fields',
      label: 'Status',
      fields: [
        {
          kind: 'choice',
          id: 'status',
          options: [
            { value: 'active', label: 'Active' },
            { value: 'paused', label: 'Paused' },
          ],
          value: t.paused ? 'paused' : 'active',
          choose: (v) => ({ type: 'dispatch', action: set({ paused: v === 'paused' }) }),
        },
      ],
    });
  }
  if (t.type === 'table_update') {
    rows.push({ kind: 'note', text: `The job starts whenever the table is updated, e.g. by ${hasUsableName(state) ? jobNameFor(state, 'customer') : 'the customer pipeline'}.` });
  }
  rows.push({ kind: 'fields', label: '', fields: [button('check', 'Save trigger', { type: 'check' }), yamlButton] });
  return { title: `Schedules & Triggers · ${hasUsableName(state) ? jobNameFor(state, 'orders') : 'orders pipeline'}`, rows };
}

/** Step 8's buttons; the run itself is drawn by the run view. */
function step8(running: boolean): FormModel {
  return {
    title: 'Run now',
    rows: [
      {
        kind: 'fields',
        label: '',
        fields: [button('run', 'Run now', { type: 'run' }), ...(running ? [button('skip', 'Skip to the end', { type: 'skip' })] : []), yamlButton],
      },
    ],
  };
}

/** The form of a step. `running` only matters to step 8. */
export function buildForm(step: WorkshopStepNumber, state: BuilderState, ui: FormUi, ctx: FormContext, running = false): FormModel {
  switch (step) {
    case 1:
      return step1(state, ctx);
    case 2:
      return step2(state, ctx);
    case 3:
      return step3(state, ctx);
    case 4:
      return taskStep(state, 0, ctx);
    case 5:
      return taskStep(state, 1, ctx);
    case 6:
      return step6(state, ui, ctx);
    case 7:
      return step7(state, ctx);
    case 8:
      return step8(running);
  }
}

// ---- YAML ------------------------------------------------------------------------------------

/** The jobs a step is about: the customer job until step 5, the orders job after, both when running. */
export function jobsOfStep(step: WorkshopStepNumber): JobRef[] {
  return step <= 5 ? ['customer'] : step === 8 ? ['customer', 'orders'] : ['orders'];
}

/** The learner's bundle YAML for these jobs (what `lakeflow-lab export bundle` would write). */
export function learnerYaml(state: BuilderState, jobs: readonly JobRef[]): string {
  const specs = jobs.map((j) => jobSpecFor(state, j)).filter((s) => s !== undefined);
  return specs.length === 0 ? '# No job yet: create it in step 1.\n' : bundleYaml(specs);
}

/** The lab's reference YAML for the same jobs. */
export function referenceYaml(jobs: readonly JobRef[]): string {
  const ref = LAB08.workshop.reference;
  return jobs.map((j) => (j === 'customer' ? ref.customerYaml : ref.ordersYaml).replace(/\n+$/, '')).join('\n\n') + '\n';
}
