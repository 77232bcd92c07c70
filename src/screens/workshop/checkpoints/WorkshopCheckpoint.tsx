// A workshop step's checkpoint, for the `checkpoint` slot of WorkshopStepScreen. Same shape as
// the ink-ui components: a state hook (useReducer over FormUi), an input hook (useInput with
// isActive) and memoised views. The builder state itself lives outside (a WorkshopStore, saved as
// `workshop.entries`), so it survives moving between steps; this component only holds focus and
// view state.
//
// Collapsed (not focused): two rows, the live verdict of the step. Expanded: the step's form in a
// box of fixed height, so the step screen's measured layout never changes under it.

import { Box, Text } from 'ink';
import { useKeypress } from '../../input/keypress';
import { memo, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { TuiContext } from '../../context';
import { highlight } from '../../markdown/highlight';
import type { Line } from '../../markdown/lines';
import { truncateLine } from '../../markdown/lines';
import { LinesView } from '../../markdown/LinesView';
import { useTheme } from '../../theme';
import {
  checkStep,
  isWorkshopStep,
  planPipelineRun,
  workshopReducer,
  type BuilderState,
  type CheckResult,
  type JobRef,
  type PipelinePlan,
  type RunHistoryEntry,
  type WorkshopAction,
  type WorkshopStepNumber,
  type WorkshopStore,
} from '../../../workshop';
import { truncate, wrap } from '../../../text/width';
import { ButtonView, RowView, layoutRows } from './fields';
import {
  buildForm,
  cycleOption,
  focusOrder,
  tabOrder,
  focusedField,
  formUiReducer,
  initialFormUi,
  jobsOfStep,
  learnerYaml,
  referenceYaml,
  type FieldEffect,
  type FormModel,
  type FormUi,
  type UiAction,
} from './form';
import { formCommand, yamlCommand } from './keys';
import { footerHints, type Hint } from '../../keys';
import { fitHints } from '../../components/Footer';
import { editTextField, FIELD_CAPS } from '../../input/text-field';
import { RunPanel, runHostReducer } from './RunPanel';

export const DEFAULT_CHECKPOINT_HEIGHT = 16;
export const COLLAPSED_HEIGHT = 2;

export interface WorkshopCheckpointProps {
  /** The lab's step number (1–8). Other numbers render nothing. */
  step: number;
  state: BuilderState;
  dispatch: (action: WorkshopAction) => void;
  /** The checkpoint has the keyboard. */
  active: boolean;
  /** Show the form (default: while active); otherwise a two-row summary. */
  expanded?: boolean;
  /** Called when a check the learner asked for passes (mark the step done). */
  onDone?: () => void;
  /** Columns (default 80). */
  width?: number;
  /** Rows of the expanded form (default 16). */
  height?: number;
  /** ms since epoch, for Job IDs, run ids and the Run History (tests pass a fixed clock). */
  now?: () => number;
  /** ms between two steps of the run animation (default 300). */
  tickMs?: number;
}

/** The YAML view's key hints, from the key table (the form's own are in the App's footer). */
const YAML_HINTS = footerHints(['form-yaml']);
/** `[ Yours ] [ Lab reference ]  `: the tabs before the hints on the YAML view's first row. */
const YAML_TABS_WIDTH = '[ Yours ] [ Lab reference ]  '.length;

function hintLine(hints: readonly Hint[]): string {
  return hints.map((h) => `${h.keys} ${h.label}`).join('  ');
}

// ---- collapsed ---------------------------------------------------------------------------

const Collapsed = memo(function Collapsed({ result, width }: { result: CheckResult; width: number }) {
  const theme = useTheme();
  const rule = `── Checkpoint ${'─'.repeat(Math.max(0, width - 14))}`;
  const text = result.ok ? `✓ Ready: ${result.notes[0] ?? 'every check passes.'}` : `○ To do: ${result.problems[0] ?? ''}`;
  return (
    <Box flexDirection="column" width={width} height={COLLAPSED_HEIGHT} flexShrink={0}>
      <Text {...theme.style('muted')} wrap="truncate-end">
        {rule}
      </Text>
      <Text wrap="truncate-end">
        <Text {...theme.style(result.ok ? 'success' : 'muted')}>{truncate(text, Math.max(10, width - 20))}</Text>
        <Text {...theme.style('muted')}> · Tab to open</Text>
      </Text>
    </Box>
  );
});

// ---- results -----------------------------------------------------------------------------

type ResultRole = 'success' | 'failure' | 'warning' | 'muted';

/**
 * The verdict as lines of at most `width` columns, cut to `rows`. Problems and warnings come
 * first; notes fill what room is left. Cut problems or warnings are counted in a last line.
 */
export function resultLines(result: CheckResult, width: number, rows: number): Array<{ text: string; role: ResultRole }> {
  const entry = (glyph: string, text: string, role: ResultRole) => wrap(text, width - 2).map((line, i) => ({ text: `${i === 0 ? glyph : ' '} ${line}`, role }));
  const main = [
    ...(result.ok ? entry('✓', 'Checkpoint passed.', 'success') : []),
    ...result.problems.flatMap((p) => entry('✗', p, 'failure')),
    ...result.warnings.flatMap((w) => entry('!', w, 'warning')),
  ];
  if (main.length > rows) {
    const kept = main.slice(0, Math.max(0, rows - 1));
    return [...kept, { text: `  … ${main.length - kept.length} more line(s): fix the first ones and check again.`, role: 'muted' }];
  }
  const out = [...main];
  if (result.ok) {
    for (const n of result.notes) {
      const lines = entry('·', n, 'muted');
      if (out.length + lines.length > rows) break;
      out.push(...lines);
    }
  }
  return out;
}

const ResultView = memo(function ResultView({ result, width, rows }: { result: CheckResult; width: number; rows: number }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      {resultLines(result, width, rows).map((l, i) => (
        <Text key={i} {...theme.style(l.role)} wrap="truncate-end">
          {l.text}
        </Text>
      ))}
    </Box>
  );
});

// ---- YAML --------------------------------------------------------------------------------

/** Under the lab's YAML: why its names differ from the learner's. */
export const REFERENCE_NOTE = "The lab's YAML is the trainer's demo (demo_ keys, retailhub_trainer, /Workspace/...); yours uses your name.";

/** The note wrapped to the width: read in full, never cut at the edge. */
export function referenceNote(width: number): string[] {
  return wrap(REFERENCE_NOTE, Math.max(10, width));
}

const YamlView = memo(function YamlView({ lines, side, offset, rows, width }: { lines: readonly Line[]; side: FormUi['yamlSide']; offset: number; rows: number; width: number }) {
  const theme = useTheme();
  const tab = (label: string, on: boolean) => <ButtonView label={label} focused={on} />;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        {tab('Yours', side === 'yours')} {tab('Lab reference', side === 'reference')}
        {/* Whole hints drop when the row is short: none is cut mid-word. */}
        <Text {...theme.style('muted')}>{`  ${hintLine(fitHints(YAML_HINTS, width - YAML_TABS_WIDTH))}`}</Text>
      </Text>
      <LinesView lines={lines} start={offset} count={rows} />
      {side === 'reference'
        ? referenceNote(width).map((line, i) => (
            <Text key={i} {...theme.style('muted')}>
              {line}
            </Text>
          ))
        : null}
    </Box>
  );
});

// ---- the form ------------------------------------------------------------------------------

function newJobIdFrom(now: () => number) {
  // Databricks Job IDs are 15–16 digit numbers; clock-based ones look the part and never repeat.
  return (job: JobRef): number => Math.floor(now()) * 1000 + (job === 'customer' ? 101 : 202);
}

/** The form's state hook: UI state plus the model built from the builder state. */
export function useCheckpointForm(step: WorkshopStepNumber, state: BuilderState, width: number, now: () => number, running: boolean) {
  const [ui, uiDispatch] = useReducer(formUiReducer, undefined, initialFormUi);
  const model = useMemo(() => buildForm(step, state, ui, { width, newJobId: newJobIdFrom(now) }, running), [step, state, ui, width, now, running]);
  return { ui, uiDispatch, model };
}

interface InputDeps {
  active: boolean;
  /** Tell the learner something (a paste cut or refused). */
  say: (message: string) => void;
  model: FormModel;
  ui: FormUi;
  uiDispatch: (a: UiAction) => void;
  run: (effect: FieldEffect) => void;
  yamlMax: number;
  yamlPage: number;
}

/** The form's input hook: focus moves, choices, buttons, the YAML view, and the text fields' edits. */
export function useCheckpointKeys({ active, say, model, ui, uiDispatch, run, yamlMax, yamlPage }: InputDeps): void {
  useKeypress(
    (input, key) => {
      if (ui.mode === 'yaml') {
        const c = yamlCommand(input, key);
        if (c === 'scrollUp') uiDispatch({ type: 'scroll', delta: -1, max: yamlMax });
        else if (c === 'scrollDown') uiDispatch({ type: 'scroll', delta: 1, max: yamlMax });
        else if (c === 'pageUp') uiDispatch({ type: 'scroll', delta: -yamlPage, max: yamlMax });
        else if (c === 'pageDown') uiDispatch({ type: 'scroll', delta: yamlPage, max: yamlMax });
        else if (c === 'switch') uiDispatch({ type: 'yamlSide' });
        else if (c === 'close') uiDispatch({ type: 'yaml', open: false });
        return;
      }
      const field = focusedField(model, ui);
      const command = formCommand(input, key, field?.kind);
      if (field?.kind === 'text' && command === undefined) {
        const edit = editTextField({ value: field.value, cursor: Math.min(ui.cursor ?? field.value.length, field.value.length) }, input, key, { maxLength: field.maxLength ?? FIELD_CAPS.value });
        if (edit === undefined) return undefined;
        if (edit.state.value !== field.value) run({ type: 'dispatch', action: field.set(edit.state.value) });
        uiDispatch({ type: 'cursor', at: edit.state.cursor });
        if (edit.message !== undefined) say(edit.message);
        return undefined;
      }
      switch (command) {
        case 'next':
        case 'tabNext':
          return uiDispatch({ type: 'move', delta: 1, order: command === 'tabNext' ? tabOrder(model) : focusOrder(model) });
        case 'prev':
        case 'tabPrev':
          return uiDispatch({ type: 'move', delta: -1, order: command === 'tabPrev' ? tabOrder(model) : focusOrder(model) });
        case 'choosePrev':
        case 'chooseNext': {
          if (field?.kind !== 'choice') return undefined;
          const delta = command === 'choosePrev' ? -1 : 1;
          const value = cycleOption(field.options, field.value, delta);
          if (value !== undefined && value !== field.value) run(field.choose(value));
          return undefined;
        }
        case 'activate':
          if (field?.kind === 'button') run(field.effect);
          else run({ type: 'check' });
          return undefined;
        case 'yaml':
          return uiDispatch({ type: 'yaml', open: true });
        default:
          return undefined;
      }
    },
    { isActive: active },
  );
}

export function WorkshopCheckpoint(props: WorkshopCheckpointProps) {
  if (!isWorkshopStep(props.step)) return null;
  return <CheckpointBody {...props} step={props.step} />;
}

const systemNow = (): number => Date.now();

function CheckpointBody({
  step,
  state,
  dispatch,
  active,
  expanded,
  onDone,
  width = 80,
  height = DEFAULT_CHECKPOINT_HEIGHT,
  now = systemNow,
  tickMs = 300,
}: Omit<WorkshopCheckpointProps, 'step'> & { step: WorkshopStepNumber }) {
  const theme = useTheme();
  const open = expanded ?? active;
  const [runView, runDispatch] = useReducer(runHostReducer, null);
  const running = runView !== null && !runView.done;
  const { ui, uiDispatch, model } = useCheckpointForm(step, state, width, now, running);
  const tui = useContext(TuiContext);
  const say = useCallback((message: string) => tui?.setStatus(message, 'info'), [tui]);
  const [runProblems, setRunProblems] = useState<string[] | null>(null);

  // Callbacks read the newest values through refs, so the memoised fields get stable handlers.
  const latest = useRef({ state, onDone, dispatch });
  latest.current = { state, onDone, dispatch };

  const check = useCallback(
    (against?: BuilderState) => {
      uiDispatch({ type: 'checked' });
      const result = checkStep(step, against ?? latest.current.state);
      if (result.ok) latest.current.onDone?.();
    },
    [step],
  );

  const run = useCallback(
    (effect: FieldEffect) => {
      const { state: s, dispatch: d } = latest.current;
      switch (effect.type) {
        case 'dispatch':
          d(effect.action);
          if (effect.thenCheck) check(workshopReducer(s, effect.action));
          return;
        case 'check':
          return check();
        case 'yaml':
          return uiDispatch({ type: 'yaml', open: true });
        case 'slot':
          return uiDispatch({ type: 'slot', index: effect.index });
        case 'run': {
          const t = now();
          const plan = planPipelineRun(s, { startAt: t, runId: Math.floor(t / 10) });
          uiDispatch({ type: 'checked' });
          if (plan.problems.length > 0) {
            setRunProblems(plan.problems);
            return;
          }
          setRunProblems(null);
          runDispatch({ type: 'start', plan });
          return;
        }
        case 'skip':
          return runDispatch({ type: 'finish' });
      }
    },
    [check, now],
  );

  // Stable across keystrokes (the model is read through a ref), so untouched fields skip rendering.

  // Closing the checkpoint closes the YAML too: reopening starts on the form.
  useEffect(() => {
    if (!open) uiDispatch({ type: 'yaml', open: false });
  }, [open, uiDispatch]);

  // The run animation: a timer feeding ticks to the pure reducer.
  useEffect(() => {
    if (!running) return undefined;
    const id = setInterval(() => runDispatch({ type: 'tick' }), tickMs);
    return () => clearInterval(id);
  }, [running, tickMs]);

  // When the animation ends, record the run in the builder state (Run History) and check.
  const recorded = useRef<PipelinePlan | null>(null);
  useEffect(() => {
    if (!runView || !runView.done || recorded.current === runView.plan) return;
    recorded.current = runView.plan;
    const action: WorkshopAction = { type: 'run/record', record: runView.plan.record };
    const next = workshopReducer(latest.current.state, action);
    latest.current.dispatch(action);
    check(next);
  }, [runView, check]);

  const jobs = useMemo(() => jobsOfStep(step), [step]);
  const yamlText = useMemo(
    () => (ui.mode !== 'yaml' ? '' : ui.yamlSide === 'yours' ? learnerYaml(state, jobs) : referenceYaml(jobs)),
    [ui.mode, ui.yamlSide, state, jobs],
  );
  const yamlLines = useMemo(() => highlight(yamlText.replace(/\n$/, ''), 'yaml').map((l) => truncateLine(l, width)), [yamlText, width]);
  const yamlRows = Math.max(1, height - 2 - (ui.yamlSide === 'reference' ? referenceNote(width).length : 0));
  const yamlMax = Math.max(0, yamlLines.length - yamlRows);

  useCheckpointKeys({ active: active && open, say, model, ui, uiDispatch, run, yamlMax, yamlPage: yamlRows });

  const result = useMemo<CheckResult | null>(() => {
    if (!ui.checked) return null;
    if (runProblems) return { ok: false, problems: runProblems, warnings: [], notes: [] };
    if (step === 8 && running) return null;
    return checkStep(step, state);
  }, [ui.checked, runProblems, step, running, state]);
  const live = useMemo(() => (open ? null : checkStep(step, state)), [open, step, state]);

  if (!open) return <Collapsed result={live as CheckResult} width={width} />;

  const focused = focusedField(model, ui)?.id;
  const rows = layoutRows(model, width);
  const title = `Checkpoint · ${model.title}`;

  let body: ReactNode;
  if (ui.mode === 'yaml') {
    body = <YamlView lines={yamlLines} side={ui.yamlSide} offset={Math.min(ui.yamlOffset, yamlMax)} rows={yamlRows} width={width} />;
  } else {
    let used = 1 + rows.length;
    let runPanel: ReactNode = null;
    if (step === 8) {
      const history: readonly RunHistoryEntry[] | null = runView ? (runView.done ? runView.plan.record.history : null) : (state.lastRun?.history ?? null);
      const logRows = runView ? 2 : 0;
      used += RUN_PANEL_ROWS + logRows + (history && history.length > 0 ? 2 + history.length : 0);
      runPanel = <RunPanel state={state} run={runView} history={history} width={width} logRows={logRows} panelRows={RUN_PANEL_ROWS} />;
    }
    body = (
      <>
        {rows.map((row, i) => (
          <RowView key={row.kind === 'fields' ? row.fields.map((f) => f.id).join(',') : `${row.kind}:${i}`} row={row} focusedId={focused} cursor={ui.cursor} width={width} />
        ))}
        {runPanel}
        {result ? <ResultView result={result} width={width} rows={Math.max(1, height - used)} /> : null}
      </>
    );
  }

  return (
    // flexShrink 0: the step screen measures this box to size its text; a box squeezed by the
    // layout would be measured short and stay that way.
    <Box flexDirection="column" width={width} height={height} overflow="hidden" flexShrink={0}>
      <Text wrap="truncate-end">
        <Text {...theme.style('heading')}>{truncate(title, width)}</Text>
      </Text>
      {body}
    </Box>
  );
}

/** Rows of step 8's job panel: a title line and up to four tasks per job. */
const RUN_PANEL_ROWS = 5;

// ---- wired to a store ----------------------------------------------------------------------

export interface ConnectedWorkshopCheckpointProps extends Omit<WorkshopCheckpointProps, 'state' | 'dispatch'> {
  store: WorkshopStore;
}

/**
 * The checkpoint reading the builder state from a WorkshopStore. Subscribing here, not in the
 * step screen, keeps a keystroke's re-render inside the checkpoint.
 */
export function ConnectedWorkshopCheckpoint({ store, ...rest }: ConnectedWorkshopCheckpointProps) {
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  return <WorkshopCheckpoint {...rest} state={state} dispatch={store.dispatch} />;
}
