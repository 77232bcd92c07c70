// Top line: where the learner is (a breadcrumb of the navigation stack).

import { Text } from 'ink';
import { memo } from 'react';
import { displayWidth, truncate } from '../../text/width';
import { useTheme } from '../theme';

export const Header = memo(function Header({ crumbs, width }: { crumbs: readonly string[]; width: number }) {
  const theme = useTheme();
  const app = 'lakeflow-lab';
  // Keep the end of the trail (the current screen) when it is too long.
  const crumb = ` ${theme.glyph.crumb} `;
  let trail = crumbs.join(crumb);
  const room = width - app.length - 3;
  if (crumbs.length > 0 && displayWidth(trail) > room) trail = truncate(crumbs[crumbs.length - 1] ?? '', Math.max(0, room));
  return (
    <Text wrap="truncate-end">
      <Text {...theme.style('accent')} bold>
        {app}
      </Text>
      {trail ? <Text {...theme.style('muted')}>{crumb}</Text> : null}
      {trail ? <Text>{theme.plain(trail)}</Text> : null}
    </Text>
  );
});
