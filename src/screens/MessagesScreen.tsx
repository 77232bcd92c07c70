// `!`: every warning and status message of this session, in full and wrapped, newest first. The
// status line above the footer may have to shorten a long one; nothing is lost here.

import { Box } from 'ink';
import { createContext, useContext, useMemo } from 'react';
import { SCROLLBAR_WIDTH, Scrollable } from './components/Scrollable';
import { TitleBar } from './components/TitleBar';
import { useBodySize, type StatusTone } from './context';
import { useProgressSummary } from './session';
import { keyLabel, KEYS } from './keys';
import { wrapSegments, type Line } from './markdown/lines';
import type { Role } from './theme';

export interface LogEntry {
  message: string;
  tone: StatusTone;
}

/** The status messages shown so far, oldest first (the App keeps them). */
export const MessageLogContext = createContext<readonly LogEntry[]>([]);

const TONE_ROLE: Record<StatusTone, Role> = { info: 'accent', success: 'success', error: 'error' };
const CLOSE_HINT = `${keyLabel(KEYS.messages.keys[0])} or ${keyLabel(KEYS.back.keys[0])} closes`;

export function messageLines(warnings: readonly string[], log: readonly LogEntry[], width: number): Line[] {
  const lines: Line[] = [];
  const entry = (text: string, role: Role): Line[] =>
    wrapSegments([{ text, roles: [role] }], width, { first: [{ text: '• ' }], rest: [{ text: '  ' }] });
  lines.push([{ text: 'Warnings (your progress file)', roles: ['heading'] }]);
  if (warnings.length === 0) lines.push([{ text: '  none', roles: ['muted'] }]);
  for (const w of [...warnings].reverse()) lines.push(...entry(w, 'warning'));
  lines.push([], [{ text: 'Messages, newest first', roles: ['heading'] }]);
  if (log.length === 0) lines.push([{ text: '  none yet', roles: ['muted'] }]);
  for (const m of [...log].reverse()) lines.push(...entry(m.message, TONE_ROLE[m.tone]));
  return lines;
}

export function MessagesScreen({ active }: { active: boolean }) {
  const { width, height } = useBodySize();
  const { warnings } = useProgressSummary();
  const log = useContext(MessageLogContext);
  const lines = useMemo(() => messageLines(warnings, log, Math.max(10, width - SCROLLBAR_WIDTH)), [warnings, log, width]);
  return (
    <Box flexDirection="column">
      <TitleBar title="Messages" badge={{ text: CLOSE_HINT, roles: ['muted'] }} width={width} />
      <Scrollable lines={lines} height={Math.max(1, height - 1)} active={active} />
    </Box>
  );
}
