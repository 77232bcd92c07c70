// One line for what the learner should know right now: the last action's result, or a
// standing problem such as "progress could not be saved: …".

import { Text } from 'ink';
import { memo } from 'react';
import type { StatusTone } from '../context';
import { truncate } from '../../text/width';
import { useTheme, type Role } from '../theme';

export interface StatusLineProps {
  message?: string;
  tone?: StatusTone;
  warnings: readonly string[];
  width: number;
}

const TONE_ROLE: Record<StatusTone, Role> = { info: 'accent', success: 'success', error: 'error' };

export const StatusLine = memo(function StatusLine({ message, tone = 'info', warnings, width }: StatusLineProps) {
  const theme = useTheme();
  if (message) {
    return <Text {...theme.style(TONE_ROLE[tone])}>{truncate(message, width)}</Text>;
  }
  const latest = warnings[warnings.length - 1];
  if (latest) {
    const more = warnings.length > 1 ? ` (+${warnings.length - 1} more)` : '';
    return <Text {...theme.style('warning')}>{truncate(`${theme.glyph.warning} ${latest}${more}`, width)}</Text>;
  }
  return <Text> </Text>;
});
