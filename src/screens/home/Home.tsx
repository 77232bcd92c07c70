// Home: the lab at a glance and the main menu. `Home` is the pure view + its hooks, driven by
// props (testable on its own); `HomeScreen` connects it to the app context.

import { Box, Text } from 'ink';
import { memo, useMemo } from 'react';
import type { Lab } from '../../lessons/types';
import { useList, useListKeys } from '../components/list-keys';
import { label, pointer, progressColumn, rowLine } from '../components/list-row';
import { useBodySize, useTui } from '../context';
import { parseInline } from '../markdown/inline';
import { wrapSegments, type Line } from '../markdown/lines';
import { LineRow } from '../markdown/LinesView';
import type { Screen } from '../nav';
import { useReviewDetail } from '../review/useReviewDetail';
import { useProgressSummary, type ProgressSummary } from '../session';
import { useTheme } from '../theme';
import { homeMenu, type MenuItem } from './menu';

const LABEL_WIDTH = 10;
const BAR_WIDTH = 8;

export interface HomeProps {
  lab: Lab;
  progress: ProgressSummary;
  /** The Review entry's "N due · M new", once counted. */
  reviewDetail?: string;
  width: number;
  height: number;
  active: boolean;
  onOpen: (target: Screen) => void;
}

function stripQuote(quote: string): string {
  // The lab writes the quote as *"…"*; the data may keep or drop the markers.
  return quote.replace(/^\*?"?/, '').replace(/"?\*?$/, '');
}

const MenuRow = memo(function MenuRow({ item, selected, width }: { item: MenuItem; selected: boolean; width: number }) {
  const { glyph } = useTheme();
  const line = useMemo(
    () =>
      rowLine(
        [
          pointer(selected, glyph),
          label(item.label, selected, LABEL_WIDTH),
          ...(item.id === 'continue' ? [] : [progressColumn(item.count, BAR_WIDTH, glyph)]),
          { segs: parseInline(item.detail, { roles: item.id === 'continue' ? ['accent'] : ['muted'] }) },
        ],
        width,
      ),
    [item, selected, width, glyph],
  );
  return <LineRow line={line} />;
});

export function Home({ lab, progress, reviewDetail, width, height, active, onOpen }: HomeProps) {
  const items = useMemo(() => homeMenu(lab, progress, reviewDetail), [lab, progress, reviewDetail]);
  const [state, dispatch] = useList(items.length);
  useListKeys(
    state,
    dispatch,
    (index) => {
      const item = items[index];
      if (item) onOpen(item.target);
    },
    active,
  );

  const intro = useMemo(() => {
    const lines: Line[] = [];
    lines.push(...wrapSegments(parseInline(lab.title, { roles: ['heading'] }), width));
    const meta = [lab.duration, `Day ${lab.day}`, lab.difficulty, lab.module ? `After ${lab.module}` : '']
      .filter(Boolean)
      .join(' · ');
    lines.push(...wrapSegments([{ text: meta, roles: ['muted'] }], width));
    // The quote is the first thing to go on a short terminal: the menu must stay visible.
    const quote = wrapSegments(
      [{ text: `“${stripQuote(lab.quote)}”`, roles: ['italic'] }],
      width,
      { first: [{ text: '  ' }] },
    );
    const spare = height - lines.length - items.length - 2;
    if (quote.length + 1 <= spare) lines.push([], ...quote);
    return lines;
  }, [lab, width, height, items.length]);

  return (
    <Box flexDirection="column">
      {intro.map((line, i) => (
        <LineRow key={i} line={line} />
      ))}
      <Text> </Text>
      {items.map((item, i) => (
        <MenuRow key={item.id} item={item} selected={i === state.index} width={width} />
      ))}
    </Box>
  );
}

export function HomeScreen({ active }: { screen: Screen; active: boolean }) {
  const { lab, navigate } = useTui();
  const progress = useProgressSummary();
  const { width, height } = useBodySize();
  // The due count needs the review core, loaded after this first render (see useReviewDetail).
  const reviewDetail = useReviewDetail(lab, active);
  return (
    <Home
      lab={lab}
      progress={progress}
      reviewDetail={reviewDetail}
      width={width}
      height={height}
      active={active}
      onOpen={(target) => navigate({ type: 'open', screen: target })}
    />
  );
}

