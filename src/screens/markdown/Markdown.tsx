// Lesson blocks as an Ink element, for content short enough not to need scrolling.
// Long content goes through useLayout + <Scrollable>.

import { memo, useMemo } from 'react';
import type { Block } from '../../lessons/types';
import { useTheme } from '../theme';
import { layoutBlocks } from './layout';
import type { Line } from './lines';
import { LinesView } from './LinesView';

/** Memoised layout of blocks for the current width and colour mode. */
export function useLayout(blocks: readonly Block[], width: number): readonly Line[] {
  const { noColor } = useTheme();
  return useMemo(() => layoutBlocks(blocks, { width, noColor }), [blocks, width, noColor]);
}

export const Markdown = memo(function Markdown({ blocks, width }: { blocks: readonly Block[]; width: number }) {
  const lines = useLayout(blocks, width);
  return <LinesView lines={lines} />;
});
