// Step 8's run: both jobs side by side with their tasks, the latest events, and the Run History.
// The animation is a pure reducer over the planned timeline (src/workshop/run.ts); this file only
// adds the host reducer that starts a run and the drawing.

import { Box, Text } from 'ink';
import { memo } from 'react';
import {
  hasUsableName,
  initRunView,
  jobNameFor,
  runViewReducer,
  type BuilderState,
  type JobPhase,
  type JobRef,
  type PipelinePlan,
  type RunHistoryEntry,
  type RunViewAction,
  type RunViewState,
  type TaskPhase,
} from '../../../workshop';
import { useTheme, type Role } from '../../theme';
import { displayWidth, padEnd, truncate } from '../../../text/width';

export type RunHostAction = { type: 'start'; plan: PipelinePlan } | RunViewAction;

/** The run view's state: null before the first Run now. */
export function runHostReducer(state: RunViewState | null, action: RunHostAction): RunViewState | null {
  // Run now shows its first change at once; the timer does the rest.
  if (action.type === 'start') return runViewReducer(initRunView(action.plan), { type: 'tick' });
  return state ? runViewReducer(state, action) : state;
}

const TASK_GLYPH: Record<string, [string, Role]> = {
  PENDING: ['○', 'muted'],
  BLOCKED: ['◌', 'muted'],
  RUNNING: ['●', 'warning'],
  WAITING_FOR_RETRY: ['↻', 'warning'],
  SUCCESS: ['✓', 'success'],
  EXCLUDED: ['✓', 'success'],
  DISABLED: ['–', 'muted'],
  FAILED: ['✗', 'failure'],
  TIMEDOUT: ['✗', 'failure'],
  CANCELED: ['✗', 'failure'],
  UPSTREAM_FAILED: ['✗', 'failure'],
  UPSTREAM_CANCELED: ['✗', 'failure'],
};

export function jobPhaseLabel(phase: JobPhase | 'waiting' | 'not_started'): [string, Role] {
  switch (phase) {
    case 'idle':
    case 'not_started':
      return ['○ not run', 'muted'];
    case 'waiting':
      return ['◌ waiting (trigger)', 'muted'];
    case 'RUNNING':
      return ['● Running', 'warning'];
    case 'SUCCESS':
      return ['✓ Succeeded', 'success'];
    case 'SUCCESS_WITH_FAILURES':
      return ['! Succeeded with failures', 'warning'];
    case 'FAILED':
      return ['✗ Failed', 'failure'];
    case 'CANCELED':
      return ['✗ Canceled', 'failure'];
  }
}

const JobColumn = memo(function JobColumn({ name, phase, tasks, width }: { name: string; phase: JobPhase | 'waiting'; tasks: ReadonlyArray<[string, TaskPhase]>; width: number }) {
  const theme = useTheme();
  const [label, role] = jobPhaseLabel(phase);
  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      <Text wrap="truncate-end">
        <Text {...theme.style('bold')}>{truncate(name, Math.max(8, width - displayWidth(label) - 1))}</Text> <Text {...theme.style(role)}>{label}</Text>
      </Text>
      {tasks.map(([key, state]) => {
        const [glyph, r] = TASK_GLYPH[state] ?? ['?', 'muted'];
        return (
          <Text key={key} wrap="truncate-end">
            {'  '}
            <Text {...theme.style(r)}>{glyph}</Text> {truncate(key, width - 4)}
          </Text>
        );
      })}
    </Box>
  );
});

function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m}m ${s}s` : `${s}s`;
}

function clock(ms: number): string {
  const d = new Date(ms);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

export const RunHistory = memo(function RunHistory({ history, width }: { history: readonly RunHistoryEntry[]; width: number }) {
  const theme = useTheme();
  const nameWidth = Math.max(12, Math.min(30, width - 46));
  const row = (a: string, b: string, c: string, d: string): string => `  ${padEnd(a, 10)}${padEnd(truncate(b, nameWidth - 1), nameWidth)}${padEnd(c, 12)}${padEnd(d, 9)}`;
  return (
    <Box flexDirection="column">
      <Text {...theme.style('heading')}>Run History</Text>
      <Text {...theme.style('muted')} wrap="truncate-end">
        {row('Start', 'Job', 'Launched', 'Duration')}Status
      </Text>
      {history.map((h) => {
        const [label, role] = jobPhaseLabel(h.result);
        return (
          <Text key={`${h.job}:${h.runId}`} wrap="truncate-end">
            {row(clock(h.startedAt), h.jobName, h.launched === 'manual' ? 'Manually' : 'By trigger', duration(h.durationSeconds))}
            <Text {...theme.style(role)}>{label}</Text>
          </Text>
        );
      })}
    </Box>
  );
});

export interface RunPanelProps {
  state: BuilderState;
  run: RunViewState | null;
  /** The Run History to show (the finished run's, or the last recorded one), or null. */
  history: readonly RunHistoryEntry[] | null;
  width: number;
  /** Rows for the latest events. */
  logRows: number;
  /** Fixed height of the two job columns. */
  panelRows: number;
}

function phasesFor(state: BuilderState, run: RunViewState | null, job: JobRef): { phase: JobPhase | 'waiting'; tasks: Array<[string, TaskPhase]> } {
  if (run && run.plan.jobs.some((j) => j.job === job)) {
    return { phase: run.jobs[job], tasks: Object.entries(run.tasks[job]) };
  }
  const draft = state[job];
  const tasks = (draft?.tasks ?? []).filter((t) => t.task_key.trim() !== '').map((t): [string, TaskPhase] => [t.task_key, 'PENDING']);
  return { phase: 'idle', tasks };
}

export const RunPanel = memo(function RunPanel({ state, run, history, width, logRows, panelRows }: RunPanelProps) {
  const theme = useTheme();
  const col = Math.floor((width - 2) / 2);
  const name = (job: JobRef): string => (hasUsableName(state) ? jobNameFor(state, job) : `${job}_pipeline`);
  const customer = phasesFor(state, run, 'customer');
  const orders = phasesFor(state, run, 'orders');
  // While the customer job runs, a job with an active table-update trigger is waiting for it
  // (whether it will fire is only known when the table is updated).
  const trigger = state.orders?.trigger;
  if (run && !run.done && orders.phase === 'idle' && trigger?.type === 'table_update' && !trigger.paused) orders.phase = 'waiting';
  const log = run ? run.log.slice(-logRows) : [];
  return (
    <Box flexDirection="column" width={width}>
      <Box flexDirection="row" columnGap={2} height={panelRows} overflow="hidden">
        <JobColumn name={name('customer')} phase={customer.phase} tasks={customer.tasks} width={col} />
        <JobColumn name={name('orders')} phase={orders.phase} tasks={orders.tasks} width={col} />
      </Box>
      {log.map((line, i) => (
        <Text key={i} {...theme.style(i === log.length - 1 ? 'text' : 'muted')} wrap="truncate-end">
          {`  ${line}`}
        </Text>
      ))}
      {history && history.length > 0 ? <RunHistory history={history} width={width} /> : null}
    </Box>
  );
});
