// A screen's title line: inline-markdown title on the left, an optional badge on the right.

import { Box } from 'ink';
import { memo, useMemo } from 'react';
import { parseInline } from '../markdown/inline';
import { lineWidth, truncateLine, type Line, type Segment } from '../markdown/lines';
import { LineRow } from '../markdown/LinesView';
import { useTheme } from '../theme';

export interface TitleBarProps {
  /** Muted prefix such as "Step 3/8". */
  kicker?: string;
  title: string;
  badge?: Segment;
  width: number;
}

export const TitleBar = memo(function TitleBar({ kicker, title, badge, width }: TitleBarProps) {
  const { noColor } = useTheme();
  const line = useMemo((): Line => {
    const badgeLine: Line = badge ? [{ text: '  ' }, badge] : [];
    const head: Segment[] = kicker ? [{ text: `${kicker}  `, roles: ['muted'] }] : [];
    const titleSegs = parseInline(title, { roles: ['heading'], keepCodeTicks: noColor });
    const left = truncateLine([...head, ...titleSegs], Math.max(1, width - lineWidth(badgeLine)));
    const gap = Math.max(0, width - lineWidth(left) - lineWidth(badgeLine));
    return [...left, ...(gap > 0 ? [{ text: ' '.repeat(gap) }] : []), ...badgeLine];
  }, [kicker, title, badge, width, noColor]);
  return (
    <Box>
      <LineRow line={line} />
    </Box>
  );
});
