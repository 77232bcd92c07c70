// Every key binding of every scope, generated from the key table: the help can never
// disagree with what the keys do.

import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { SCROLLBAR_WIDTH, Scrollable } from './components/Scrollable';
import { TitleBar } from './components/TitleBar';
import { useBodySize } from './context';
import { ALL_SCOPES, commandsIn, describeKeys, keyLabel, KEYS, SCOPE_TITLES } from './keys';
import { wrapSegments, type Line } from './markdown/lines';
import { displayWidth } from '../text/width';
import { PRACTICE_KEYS } from './practice/task/keys';
import { FORM_KEYS } from './workshop/checkpoints/keys';
import type { KeySpec } from './keys';

/**
 * The screens with text fields keep their own tables (their keys depend on the field and mode);
 * the help lists those tables too, so every key a learner can press is here.
 */
const FIELD_SECTIONS: ReadonlyArray<{ title: string; rows: ReadonlyArray<{ keys: string; description: string }> }> = [
  {
    title: 'Practice task: in a blank',
    rows: PRACTICE_KEYS.filter((k) => k.where !== 'command').map((k) => ({ keys: k.keys.map((x) => keyLabel(x as KeySpec)).join(' '), description: k.description })),
  },
  {
    title: 'Practice task: after Esc (command mode)',
    rows: PRACTICE_KEYS.filter((k) => k.where !== 'field').map((k) => ({ keys: k.keys.map((x) => keyLabel(x as KeySpec)).join(' '), description: k.description })),
  },
  { title: 'Workshop checkpoint', rows: Object.values(FORM_KEYS) },
];

const CLOSE_HINT = `${keyLabel(KEYS.help.keys[0])} or ${keyLabel(KEYS.back.keys[0])} closes`;

export function helpLines(width: number): Line[] {
  const lines: Line[] = [];
  const keyColumn = Math.min(
    24,
    Math.max(...ALL_SCOPES.flatMap((s) => commandsIn(s).map((c) => displayWidth(describeKeys(c))))) + 2,
  );
  for (const scope of ALL_SCOPES) {
    const commands = commandsIn(scope);
    if (commands.length === 0) continue;
    if (lines.length > 0) lines.push([]);
    lines.push([{ text: SCOPE_TITLES[scope], roles: ['heading'] }]);
    for (const command of commands) {
      const keys = describeKeys(command);
      const pad = ' '.repeat(Math.max(1, keyColumn - displayWidth(keys)));
      lines.push(
        ...wrapSegments([{ text: KEYS[command].description }], width, {
          first: [{ text: '  ' }, { text: keys, roles: ['key'] }, { text: pad }],
          rest: [{ text: ' '.repeat(2 + keyColumn) }],
        }),
      );
    }
  }
  for (const section of FIELD_SECTIONS) {
    lines.push([], [{ text: section.title, roles: ['heading'] }]);
    for (const row of section.rows) {
      const pad = ' '.repeat(Math.max(1, keyColumn - displayWidth(row.keys)));
      lines.push(
        ...wrapSegments([{ text: row.description }], width, {
          first: [{ text: '  ' }, { text: row.keys, roles: ['key'] }, { text: pad }],
          rest: [{ text: ' '.repeat(2 + keyColumn) }],
        }),
      );
    }
  }
  return lines;
}

export function HelpOverlay({ active }: { active: boolean }) {
  const { width, height } = useBodySize();
  const lines = useMemo(() => helpLines(Math.max(10, width - SCROLLBAR_WIDTH)), [width]);
  return (
    <Box flexDirection="column">
      <TitleBar title="Keys" badge={{ text: CLOSE_HINT, roles: ['muted'] }} width={width} />
      <Text> </Text>
      <Scrollable lines={lines} height={Math.max(1, height - 2)} active={active} />
    </Box>
  );
}
