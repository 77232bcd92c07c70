// A read-only text of the lab (overview, reference YAML, summary) in a scroll view.

import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { SCROLLBAR_WIDTH, Scrollable } from './components/Scrollable';
import { TitleBar } from './components/TitleBar';
import { useBodySize, useTui } from './context';
import { docBlocks, docTitle } from './docs';
import { layoutBlocks } from './markdown/layout';
import type { ScreenOf } from './nav';
import { useTheme } from './theme';

export function DocScreen({ screen, active }: { screen: ScreenOf<'doc'>; active: boolean }) {
  const { lab } = useTui();
  const { width, height } = useBodySize();
  const { noColor } = useTheme();
  const contentWidth = Math.max(10, width - SCROLLBAR_WIDTH);
  const lines = useMemo(
    () => layoutBlocks(docBlocks(lab, screen.doc), { width: contentWidth, noColor }),
    [lab, screen.doc, contentWidth, noColor],
  );
  return (
    <Box flexDirection="column">
      <TitleBar title={docTitle(lab, screen.doc)} width={width} />
      <Text> </Text>
      <Scrollable lines={lines} height={Math.max(1, height - 2)} active={active} />
    </Box>
  );
}
