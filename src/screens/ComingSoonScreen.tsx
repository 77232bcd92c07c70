// PLACEHOLDER for Drill and Review until their screens land (registry.ts swaps them in).

import { Box, Text } from 'ink';
import { TitleBar } from './components/TitleBar';
import { useBodySize } from './context';
import type { ScreenOf } from './nav';
import { useTheme } from './theme';

const TITLES = { drill: 'Drill', review: 'Review' } as const;

export function ComingSoonScreen({ screen }: { screen: ScreenOf<'drill' | 'review'>; active: boolean }) {
  const { width } = useBodySize();
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      <TitleBar title={TITLES[screen.name]} width={width} />
      <Text> </Text>
      <Text {...theme.style('muted')}>This part of lakeflow-lab is coming soon.</Text>
    </Box>
  );
}
