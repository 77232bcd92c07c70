// The form's views: one memoised component per field, fed only primitives, so a keystroke in one
// text field re-renders that field and nothing else of the form. Text fields are the app's one
// TextField (input/TextField.tsx); their keys are handled by the form (WorkshopCheckpoint.tsx).

import { Box, Text } from 'ink';
import { memo } from 'react';
import { TextField } from '../../input/TextField';
import { displayWidth, truncate, wrap } from '../../../text/width';
import { useTheme, type Role } from '../../theme';
import { GUTTER, LABEL_WIDTH, type Field, type FormModel, type InfoRole, type Row } from './form';

interface TextFieldProps {
  value: string;
  placeholder: string;
  width: number;
  focused: boolean;
  /** The cursor (UTF-16 index) while focused; null = at the end. */
  cursor: number | null;
}

export const TextFieldView = memo(function TextFieldView({ value, placeholder, width, focused, cursor }: TextFieldProps) {
  return (
    <Box width={width} height={1} overflow="hidden" flexShrink={0}>
      <TextField value={value} cursor={cursor ?? value.length} width={width} focused={focused} placeholder={placeholder} />
    </Box>
  );
});

interface ChoiceFieldProps {
  /** Option labels joined by "\u001f" (a primitive, so memo compares it by value). */
  labels: string;
  selected: number;
  focused: boolean;
  width: number;
}

export const ChoiceFieldView = memo(function ChoiceFieldView({ labels, selected, focused, width }: ChoiceFieldProps) {
  const theme = useTheme();
  const list = labels.split('\u001f');
  const inline = list.reduce((w, l) => w + l.length + 4, 0) - 2;
  const on = (i: number): Role[] => (i === selected ? (focused ? ['selection'] : ['accent']) : ['muted']);
  if (inline <= width) {
    return (
      <Box width={width} height={1} overflow="hidden" flexShrink={0}>
        <Text wrap="truncate-end">
          {list.map((label, i) => (
            <Text key={i} {...mergeRoles(theme, on(i))}>
              {`${i === selected ? theme.glyph.radioOn : theme.glyph.radioOff} ${label}${i < list.length - 1 ? '  ' : ''}`}
            </Text>
          ))}
        </Text>
      </Box>
    );
  }
  // Too many options for one line: show the chosen one between arrows, and where it is.
  const current = selected >= 0 ? (list[selected] as string) : '(choose)';
  const position = ` ${selected + 1}/${list.length}`;
  return (
    <Box width={width} height={1} overflow="hidden" flexShrink={0}>
      <Text wrap="truncate-end">
        <Text {...theme.style('muted')}>{theme.plain('‹ ')}</Text>
        <Text {...mergeRoles(theme, focused ? ['selection'] : ['accent'])}>{truncate(current, Math.max(4, width - displayWidth(position) - 4))}</Text>
        <Text {...theme.style('muted')}>{theme.plain(` ›${selected >= 0 ? position : ''}`)}</Text>
      </Text>
    </Box>
  );
});

function mergeRoles(theme: ReturnType<typeof useTheme>, roles: Role[]) {
  return roles.length === 1 ? theme.style(roles[0] as Role) : Object.assign({}, ...roles.map((r) => theme.style(r)));
}

export const ButtonView = memo(function ButtonView({ label, focused }: { label: string; focused: boolean }) {
  const theme = useTheme();
  // Focused: inverse in both themes (the monochrome 'selection' role is inverse already).
  const style = focused ? { ...theme.style('selection'), inverse: true } : theme.style('accent');
  return <Text {...style}>{`[ ${label} ]`}</Text>;
});

function FieldView({ field, focused, cursor, width }: { field: Field; focused: boolean; cursor: number | null; width: number }) {
  switch (field.kind) {
    case 'text':
      return (
        <TextFieldView
          value={field.value}
          placeholder={field.placeholder}
          width={Math.min(field.width, width)}
          focused={focused}
          cursor={focused ? cursor : null}
        />
      );
    case 'choice':
      return (
        <ChoiceFieldView
          labels={field.options.map((o) => o.label).join('\u001f')}
          selected={field.options.findIndex((o) => o.value === field.value)}
          focused={focused}
          width={width}
        />
      );
    case 'button':
      return <ButtonView label={field.label} focused={focused} />;
  }
}

const INFO_ROLE: Record<InfoRole, Role> = { muted: 'muted', code: 'code', accent: 'accent', warning: 'warning', success: 'success' };

/** One row: pointer, label, then its fields (or its text). Notes are wrapped beforehand. */
export function RowView({ row, focusedId, cursor, width }: { row: Row; focusedId: string | undefined; cursor: number | null; width: number }) {
  const theme = useTheme();
  if (row.kind === 'note') {
    return <Text {...theme.style('muted')}>{row.text}</Text>;
  }
  const hasFocus = row.kind === 'fields' && row.fields.some((f) => f.id === focusedId);
  const room = Math.max(4, width - GUTTER - LABEL_WIDTH);
  return (
    <Box width={width} height={1} overflow="hidden">
      <Text {...theme.style('accent')}>{hasFocus ? '› ' : '  '}</Text>
      <Box width={LABEL_WIDTH} flexShrink={0}>
        <Text {...theme.style(hasFocus ? 'bold' : 'text')} wrap="truncate-end">
          {row.label}
        </Text>
      </Box>
      {row.kind === 'info' ? (
        <Text {...theme.style(INFO_ROLE[row.role ?? 'muted'])} wrap="truncate-end">
          {row.text}
        </Text>
      ) : (
        <Box flexDirection="row" columnGap={1}>
          {row.fields.map((f) => (
            <FieldView key={f.id} field={f} focused={f.id === focusedId} cursor={cursor} width={room} />
          ))}
        </Box>
      )}
    </Box>
  );
}

/** Rows a form takes once its notes are wrapped to `width` (notes are split into one row per line). */
export function layoutRows(model: FormModel, width: number): Row[] {
  return model.rows.flatMap((r): Row[] => (r.kind === 'note' ? wrap(r.text, width - GUTTER).map((line) => ({ kind: 'note', text: `${' '.repeat(GUTTER)}${line}` })) : [r]));
}
