// The frame every review view shares: a title line, a blank, laid-out lines in a window that
// scrolls when they do not fit, and an optional fixed area below (the answer field, the rating).

import { Box, Text } from 'ink';
import { useReducer, type ReactNode } from 'react';
import { ScrollView, useScrollKeys } from '../components/Scrollable';
import { initScroll, scrollReducer, type ScrollState } from '../components/scroll';
import { TitleBar } from '../components/TitleBar';
import type { Line, Segment } from '../markdown/lines';

/** Rows the title and the blank under it take. */
export const PANEL_HEAD_ROWS = 2;

/**
 * A scroll position the learner moves with the scroll keys, starting at `initial`. Remount the
 * owner (a React key) to start over with new content.
 */
export function usePanelScroll(total: number, viewport: number, initial: number, keysActive: boolean): ScrollState {
  const [state, dispatch] = useReducer(scrollReducer, undefined, () =>
    scrollReducer(initScroll(total, viewport), { type: 'scrollTo', offset: initial }),
  );
  if (state.total !== total || state.viewport !== viewport) dispatch({ type: 'resize', total, viewport });
  useScrollKeys(dispatch, keysActive && total > viewport);
  return state;
}

/** The offset that shows lines [from, to) while moving as little as possible from `offset`. */
export function revealRange(offset: number, from: number, to: number, viewport: number): number {
  if (to - from >= viewport) return from;
  if (from < offset) return from;
  if (to > offset + viewport) return to - viewport;
  return offset;
}

export interface PanelProps {
  kicker?: string;
  title: string;
  badge?: Segment;
  width: number;
  lines: readonly Line[];
  scroll: ScrollState;
  /** Drawn under the lines, at a fixed height the caller took off `scroll.viewport`. */
  bottom?: ReactNode;
}

export function Panel({ kicker, title, badge, width, lines, scroll, bottom }: PanelProps) {
  return (
    <Box flexDirection="column">
      <TitleBar kicker={kicker} title={title} badge={badge} width={width} />
      <Text> </Text>
      <ScrollView lines={lines} state={scroll} />
      {bottom}
    </Box>
  );
}
