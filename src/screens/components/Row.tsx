// One terminal row of a screen laid out as lines (the practice task, the drill). Memoised on the
// row's line object: the screens keep unchanged rows as the same objects, so a key press repaints
// only the rows it changed.

import { Text } from 'ink';
import { memo } from 'react';
import { mergeStyles, useTheme } from '../theme';
import type { PLine } from './code-cell';

export const Row = memo(function Row({ line }: { line: PLine }) {
  const theme = useTheme();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((seg, i) => {
        const roles = seg.roles ?? [];
        if (!seg.extra && roles.length === 0) return seg.text;
        const style = seg.extra ? { ...mergeStyles(theme, roles), ...seg.extra } : mergeStyles(theme, roles);
        return (
          <Text key={i} {...style}>
            {seg.text}
          </Text>
        );
      })}
    </Text>
  );
});

export const Scrollbar = memo(function Scrollbar({ start, size, height }: { start: number; size: number; height: number }) {
  const theme = useTheme();
  const rows: string[] = [];
  for (let i = 0; i < height; i++) rows.push(i >= start && i < start + size ? theme.glyph.scrollThumb : theme.glyph.scrollTrack);
  return <Text {...theme.style('muted')}>{rows.join('\n')}</Text>;
});
