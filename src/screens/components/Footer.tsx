// Key hints for the current screen, generated from the key table (keys.ts).

import { Text } from 'ink';
import { memo, useMemo } from 'react';
import { footerHints, type Command, type Hint, type Scope } from '../keys';
import { displayWidth } from '../../text/width';
import { useTheme } from '../theme';

const SEPARATOR = '  ';

function hintWidth(h: Hint): number {
  return displayWidth(h.keys) + 1 + displayWidth(h.label);
}

/**
 * Drop hints from the end until the rest fits, but keep "? help" (it lists everything else).
 * Hints are in table order: the screen's own keys come before the global ones.
 */
export function fitHints(hints: readonly Hint[], width: number): Hint[] {
  const out = [...hints];
  const total = (): number => out.reduce((w, h, i) => w + hintWidth(h) + (i > 0 ? SEPARATOR.length : 0), 0);
  while (out.length > 0 && total() > width) {
    let drop = out.length - 1;
    while (drop >= 0 && out[drop]?.label === 'help') drop--;
    if (drop < 0) {
      out.pop();
      continue;
    }
    out.splice(drop, 1);
  }
  return out;
}

export interface FooterProps {
  scopes: readonly Scope[];
  omit?: readonly Command[];
  width: number;
}

export const Footer = memo(function Footer({ scopes, omit, width }: FooterProps) {
  const theme = useTheme();
  const hints = useMemo(() => fitHints(footerHints(scopes, omit), width), [scopes, omit, width]);
  return (
    <Text wrap="truncate-end">
      {hints.map((h, i) => (
        <Text key={`${h.keys}-${h.label}`}>
          {i > 0 ? SEPARATOR : ''}
          <Text {...theme.style('key')}>{theme.plain(h.keys)}</Text>
          <Text {...theme.style('muted')}> {h.label}</Text>
        </Text>
      ))}
    </Text>
  );
});
