// Every key binding, generated from the key table: the help can never disagree with what the
// keys do. The screen `?` was pressed on comes first (all of its moments: reading, typing in a
// field, an option list…), then the keys that work everywhere, then every other screen's.

import { Box } from 'ink';
import { createContext, useContext, useMemo } from 'react';
import { SCROLLBAR_WIDTH, Scrollable } from './components/Scrollable';
import { TitleBar } from './components/TitleBar';
import { useBodySize } from './context';
import { ALL_SCOPES, commandsIn, describeKeys, keyLabel, KEYS, SCOPE_TITLES, type Scope } from './keys';
import { wrapSegments, type Line } from './markdown/lines';
import { displayWidth } from '../text/width';

/** The key scopes of the screen under the help (the App provides them). */
export const HelpScopesContext = createContext<readonly Scope[]>([]);

const CLOSE_HINT = `${keyLabel(KEYS.help.keys[0])} or ${keyLabel(KEYS.back.keys[0])} closes`;
const KEY_COLUMN = 20;

/** The order of the help's sections: the screen's own scopes, then 'always' and 'global', then the rest. */
export function helpOrder(first: readonly Scope[]): Scope[] {
  const out: Scope[] = [];
  for (const s of [...first, 'always', 'global', ...ALL_SCOPES] as Scope[]) if (!out.includes(s)) out.push(s);
  return out;
}

export function helpLines(width: number, first: readonly Scope[] = []): Line[] {
  const lines: Line[] = [];
  const mine = new Set(first);
  let othersTitled = false;
  for (const scope of helpOrder(first)) {
    const commands = commandsIn(scope);
    if (commands.length === 0) continue;
    if (!mine.has(scope) && scope !== 'always' && scope !== 'global' && first.length > 0 && !othersTitled) {
      othersTitled = true;
      lines.push([], [{ text: '── Other screens ──', roles: ['muted'] }]);
    }
    if (lines.length > 0) lines.push([]);
    lines.push([{ text: SCOPE_TITLES[scope], roles: ['heading'] }]);
    for (const command of commands) {
      const keys = describeKeys(command);
      const description = [{ text: KEYS[command].description }];
      if (displayWidth(keys) + 1 > KEY_COLUMN) {
        // Keys wider than their column get a line of their own: nothing runs into the text.
        lines.push([{ text: '  ' }, { text: keys, roles: ['key'] }]);
        lines.push(...wrapSegments(description, width, { first: [{ text: ' '.repeat(2 + KEY_COLUMN) }], rest: [{ text: ' '.repeat(2 + KEY_COLUMN) }] }));
        continue;
      }
      const pad = ' '.repeat(KEY_COLUMN - displayWidth(keys));
      lines.push(
        ...wrapSegments(description, width, {
          first: [{ text: '  ' }, { text: keys, roles: ['key'] }, { text: pad }],
          rest: [{ text: ' '.repeat(2 + KEY_COLUMN) }],
        }),
      );
    }
  }
  return lines;
}

export function HelpOverlay({ active }: { active: boolean }) {
  const { width, height } = useBodySize();
  const first = useContext(HelpScopesContext);
  const lines = useMemo(() => helpLines(Math.max(10, width - SCROLLBAR_WIDTH), first), [width, first]);
  return (
    <Box flexDirection="column">
      <TitleBar title="Keys" badge={{ text: CLOSE_HINT, roles: ['muted'] }} width={width} />
      <Scrollable lines={lines} height={Math.max(1, height - 1)} active={active} />
    </Box>
  );
}
