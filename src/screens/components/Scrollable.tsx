// A window over laid-out lines: state hook (scrollReducer) + input hook (the 'scroll' scope
// of the key table) + view. Only the visible lines are rendered, so long lessons cost no more
// per keystroke than short ones.

import { Box, Text } from 'ink';
import { useKeypress } from '../input/keypress';
import { memo, useReducer, type Dispatch } from 'react';
import { useBodySize } from '../context';
import { matchKey, type Command } from '../keys';
import type { Line } from '../markdown/lines';
import { LinesView } from '../markdown/LinesView';
import { useTheme } from '../theme';
import { initScroll, scrollReducer, thumb, type ScrollAction, type ScrollState } from './scroll';

/** Columns the scrollbar takes (a gap and the bar): lay content out `width - SCROLLBAR_WIDTH` wide. */
export const SCROLLBAR_WIDTH = 2;

export function useScroll(total: number, viewport: number): [ScrollState, Dispatch<ScrollAction>] {
  const [state, dispatch] = useReducer(scrollReducer, undefined, () => initScroll(total, viewport));
  // New content or a resize: fix the state during render (React re-runs this component
  // at once) rather than drawing one frame with a stale, out-of-range offset.
  if (state.total !== total || state.viewport !== viewport) dispatch({ type: 'resize', total, viewport });
  return [state, dispatch];
}

const SCROLL_ACTIONS: Partial<Record<Command, ScrollAction>> = {
  lineUp: { type: 'lineUp' },
  lineDown: { type: 'lineDown' },
  pageUp: { type: 'pageUp' },
  pageDown: { type: 'pageDown' },
  top: { type: 'top' },
  bottom: { type: 'bottom' },
};

export function useScrollKeys(dispatch: Dispatch<ScrollAction>, isActive: boolean): void {
  useKeypress(
    (input, key) => {
      const command = matchKey(input, key, 'scroll');
      const action = command ? SCROLL_ACTIONS[command] : undefined;
      if (action) dispatch(action);
    },
    { isActive },
  );
}

const Scrollbar = memo(function Scrollbar({ state }: { state: ScrollState }) {
  const theme = useTheme();
  const t = thumb(state);
  if (!t) return null;
  const rows: string[] = [];
  for (let i = 0; i < state.viewport; i++) rows.push(i >= t[0] && i < t[0] + t[1] ? theme.glyph.scrollThumb : theme.glyph.scrollTrack);
  return <Text {...theme.style('muted')}>{rows.join('\n')}</Text>;
});

export interface ScrollViewProps {
  lines: readonly Line[];
  state: ScrollState;
}

export const ScrollView = memo(function ScrollView({ lines, state }: ScrollViewProps) {
  return (
    <Box flexDirection="row" height={state.viewport}>
      <Box flexDirection="column" flexGrow={1} flexShrink={1} overflow="hidden">
        <LinesView lines={lines} start={state.offset} count={state.viewport} />
      </Box>
      <Box width={SCROLLBAR_WIDTH} flexShrink={0} justifyContent="flex-end">
        <Scrollbar state={state} />
      </Box>
    </Box>
  );
});

export interface ScrollableProps {
  /** Laid out `SCROLLBAR_WIDTH` narrower than the area (see useLayout). */
  lines: readonly Line[];
  /** Rows to use; defaults to the whole body (the terminal height outside the App). */
  height?: number;
  /** Whether the scroll keys are live (false under an overlay or while a field has focus). */
  active: boolean;
}

export function Scrollable({ lines, height, active }: ScrollableProps) {
  const body = useBodySize();
  const viewport = Math.max(1, height ?? body.height);
  const [state, dispatch] = useScroll(lines.length, viewport);
  useScrollKeys(dispatch, active);
  return <ScrollView lines={lines} state={state} />;
}
