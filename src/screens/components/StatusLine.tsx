// What the learner should know right now: the last action's result, or a standing problem such
// as "progress could not be saved: …". Never cut: a long message wraps over up to STATUS_MAX_ROWS
// rows (the screen above gives them up), and `!` shows every message in full (MessagesScreen).

import { Box, Text } from 'ink';
import { memo } from 'react';
import type { StatusTone } from '../context';
import { keyLabel, KEYS } from '../keys';
import { displayWidth, splitAtWidth } from '../../text/width';
import { useTheme, type Role } from '../theme';

export const STATUS_MAX_ROWS = 5;

export interface StatusRow {
  text: string;
  role: Role;
}

const TONE_ROLE: Record<StatusTone, Role> = { info: 'accent', success: 'success', error: 'error' };
const LOG_KEY = keyLabel(KEYS.messages.keys[0]);

/** Word-wrap `text` to `width`; longer than `max` rows: the last row says how to read the rest. */
function wrapRows(text: string, width: number, max: number, role: Role): StatusRow[] {
  const rows = wrapWords(text, width);
  if (rows.length <= max) return rows.map((t) => ({ text: t, role }));
  const more = `… (${LOG_KEY} shows it all)`;
  const kept = rows.slice(0, max - 1).map((t) => ({ text: t, role }));
  const last = wrapWords(rows[max - 1] as string, Math.max(1, width - displayWidth(more)))[0] ?? '';
  return [...kept, { text: `${last}${more}`, role }];
}

function wrapWords(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') out.push(line);
    // A word longer than the line (a path) is broken where it must be, never dropped.
    let rest = word;
    while (displayWidth(rest) > width) {
      const [head, tail] = splitAtWidth(rest, Math.max(1, width));
      if (head === '') break;
      out.push(head);
      rest = tail;
    }
    line = rest;
  }
  if (line !== '') out.push(line);
  return out.length > 0 ? out : [''];
}

/** The rows the status takes at this width (the App sizes the screen above from their count). */
export function statusRows(message: string | undefined, tone: StatusTone, warnings: readonly string[], width: number, warningGlyph: string): StatusRow[] {
  if (message) return wrapRows(message, width, STATUS_MAX_ROWS, TONE_ROLE[tone]);
  const latest = warnings[warnings.length - 1];
  if (latest) {
    const more = warnings.length > 1 ? ` (+${warnings.length - 1} more: ${LOG_KEY} lists them)` : '';
    return wrapRows(`${warningGlyph} ${latest}${more}`, width, STATUS_MAX_ROWS, 'warning');
  }
  return [{ text: ' ', role: 'text' }];
}

export const StatusLine = memo(function StatusLine({ rows }: { rows: readonly StatusRow[] }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" flexShrink={0}>
      {rows.map((r, i) => (
        <Text key={i} {...theme.style(r.role)}>
          {r.text}
        </Text>
      ))}
    </Box>
  );
});
