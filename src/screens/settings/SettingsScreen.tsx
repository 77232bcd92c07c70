// Settings: every setting with its value and a line on what it does, edited in place: a setting
// that is typed opens the app's TextField on its row (Enter saves, Esc leaves), a setting with
// choices is cycled with the same picker as the workshop form. Changes are written through the
// settings store at once; one that cannot be saved says so and lasts until the app quits.

import { Box, Text } from 'ink';
import { memo, useEffect, useMemo, useReducer, useRef } from 'react';
import { useFocusOwner, useKeypress } from '../input/keypress';
import { TextField } from '../input/TextField';
import { textFieldAction, textFieldReducer } from '../input/text-field';
import { useBodySize, useTui } from '../context';
import { useFooter } from '../footer-context';
import { matchKey } from '../keys';
import { wrapSegments, type Line } from '../markdown/lines';
import { LineRow } from '../markdown/LinesView';
import type { Screen } from '../nav';
import { useTheme } from '../theme';
import { ChoiceFieldView } from '../workshop/checkpoints/fields';
import { padEnd } from '../../text/width';
import { formatSetting, parseSetting, SETTING_DEFS, SETTING_KEYS, type SettingKey, type Settings } from '../../settings/schema';
import type { SettingsStore } from '../../settings/store';
import { useSettings, useSettingsStore } from './context';
import { cycleChoice, initialSettingsView, selectedKey, SETTING_FIELD, settingsViewReducer } from './settings-state';

const KEY_WIDTH = 19;

function valueText(key: SettingKey, settings: Settings, isSet: boolean): string {
  const text = formatSetting(key, settings[key] as never);
  const shown = text === '' ? SETTING_DEFS[key].defaultText : text;
  return isSet ? shown : `${shown} (default)`;
}

const SettingRow = memo(function SettingRow(props: {
  name: SettingKey;
  /** The value as text (a choice's name). */
  value: string;
  /** What the row shows when not editing (the default marked). */
  shown: string;
  isSet: boolean;
  selected: boolean;
  width: number;
  editing: { value: string; cursor: number } | null;
}) {
  const { name, value, shown, isSet, selected, width, editing } = props;
  const theme = useTheme();
  const def = SETTING_DEFS[name];
  const room = Math.max(4, width - 2 - KEY_WIDTH);
  const head = (
    <Text {...(selected ? theme.style('selection') : {})}>
      {selected ? `${theme.glyph.pointer} ` : '  '}
      {padEnd(name, KEY_WIDTH)}
    </Text>
  );
  let body;
  if (editing) {
    body = <TextField value={editing.value} cursor={editing.cursor} width={room} focused placeholder={def.allowed} />;
  } else if (def.choices) {
    body = <ChoiceFieldView labels={def.choices.join('\u001f')} selected={def.choices.indexOf(value)} focused={selected} width={room} />;
  } else {
    body = <Text {...theme.style(isSet ? 'code' : 'muted')}>{shown}</Text>;
  }
  return (
    <Box height={1} overflow="hidden">
      {head}
      <Box width={room} height={1} overflow="hidden">
        {body}
      </Box>
    </Box>
  );
});

export interface SettingsViewProps {
  store: SettingsStore;
  width: number;
  height: number;
  active: boolean;
  /** A result or a refusal, for the status line. */
  onMessage: (message: string, tone: 'info' | 'success' | 'error') => void;
}

export function SettingsView({ store, width, active, onMessage }: SettingsViewProps) {
  const theme = useTheme();
  const settings = useSettings();
  const [state, dispatch] = useReducer(settingsViewReducer, initialSettingsView);
  // Keys arrive one at a time; the ref keeps a burst (a paste, then Enter) on the newest state.
  const latest = useRef(state);
  latest.current = state;
  const editing = state.editing;
  // The value being edited is a focus owner: while it has the keyboard, letters are text (the App's
  // q / ? / Esc are off). Taken and given back in the same call as the edit starts or stops.
  const editField = useFocusOwner('edit', { captures: true });
  useFooter({ scopes: editing ? ['settings-edit', 'always'] : ['settings', 'global'] }, active);
  // conf loads while the learner reads, so the first change does not wait for it.
  useEffect(() => store.preload(), [store]);

  const report = (key: SettingKey, shown: string) => (result: Awaited<ReturnType<SettingsStore['set']>>) => {
    if (result.saved) onMessage(`${key}: ${shown}`, 'success');
    else onMessage(result.message, 'error');
  };

  const apply = (key: SettingKey, text: string): boolean => {
    const parsed = parseSetting(key, text, { cwd: process.cwd() });
    if (!parsed.ok) {
      onMessage(parsed.problem, 'error');
      return false;
    }
    void store.set(key, parsed.value as never).then(report(key, formatSetting(key, parsed.value as never)));
    return true;
  };

  useKeypress(
    (input, key) => {
      const now = latest.current;
      if (now.editing) {
        const command = matchKey(input, key, 'settings-edit');
        if (command === 'settingSave') {
          if (apply(now.editing.key, now.editing.field.value)) {
            dispatch({ type: 'stop' });
            editField.release();
          }
          return;
        }
        if (command === 'settingCancel') {
          dispatch({ type: 'stop' });
          editField.release();
          return;
        }
        const action = textFieldAction(input, key);
        if (!action) return;
        const result = textFieldReducer(now.editing.field, action, SETTING_FIELD);
        latest.current = { ...now, editing: { ...now.editing, field: result.state } };
        dispatch({ type: 'field', action });
        if (result.message !== undefined) onMessage(result.message, 'info');
        return;
      }
      const name = selectedKey(now);
      const move = (by: number): void => {
        latest.current = settingsViewReducer(now, { type: 'move', by });
        dispatch({ type: 'move', by });
      };
      const command = matchKey(input, key, 'settings');
      switch (command) {
        case 'settingUp':
          return move(-1);
        case 'settingDown':
          return move(1);
        case 'settingFirst':
          return move(-SETTING_KEYS.length);
        case 'settingLast':
          return move(SETTING_KEYS.length);
        case 'settingEdit': {
          if (SETTING_DEFS[name].kind === 'choice') {
            apply(name, cycleChoice(name, store.get(), 1) ?? '');
            return;
          }
          const text = formatSetting(name, store.get()[name] as never);
          latest.current = settingsViewReducer(now, { type: 'edit', text });
          dispatch({ type: 'edit', text });
          editField.take();
          return;
        }
        case 'settingPrev':
        case 'settingNext': {
          const next = cycleChoice(name, store.get(), command === 'settingPrev' ? -1 : 1);
          if (next !== undefined) apply(name, next);
          return;
        }
        case 'settingUnset':
          void store.unset(name).then(report(name, `back to the default (${SETTING_DEFS[name].defaultText})`));
          return;
        default:
          return;
      }
    },
    // One handler for the list and the value being edited: `within` gives it the field's keys too.
    { isActive: active, within: true },
  );

  const name = selectedKey(state);
  const def = SETTING_DEFS[name];
  const about = useMemo((): Line[] => {
    const lines: Line[] = [];
    lines.push(...wrapSegments([{ text: def.help }], width));
    lines.push(...wrapSegments([{ text: `Takes ${def.allowed}; default: ${def.defaultText}.`, roles: ['muted'] }], width));
    if (name === 'color' && theme.noColor && settings.color !== 'never') {
      lines.push(...wrapSegments([{ text: 'Colours are off in this session: --no-color or NO_COLOR wins over this setting.', roles: ['warning'] }], width));
    }
    lines.push([]);
    lines.push(...wrapSegments([{ text: `Saved in ${store.file}`, roles: ['muted'] }], width));
    return lines;
  }, [def, name, width, store.file, theme.noColor, settings.color]);

  return (
    <Box flexDirection="column">
      <Text {...theme.style('heading')}>Settings</Text>
      <Text> </Text>
      {SETTING_KEYS.map((key, i) => (
        <SettingRow
          key={key}
          name={key}
          value={formatSetting(key, settings[key] as never)}
          shown={valueText(key, settings, store.isSet(key))}
          isSet={store.isSet(key)}
          selected={i === state.index}
          width={width}
          editing={editing && editing.key === key ? { value: editing.field.value, cursor: editing.field.cursor } : null}
        />
      ))}
      <Text> </Text>
      {about.map((line, i) => (
        <LineRow key={i} line={line} />
      ))}
    </Box>
  );
}

export function SettingsScreen({ active }: { screen: Screen; active: boolean }) {
  const { setStatus } = useTui();
  const store = useSettingsStore();
  const { width, height } = useBodySize();
  if (!store) return <Text>Settings are not available in this session.</Text>;
  return <SettingsView store={store} width={width} height={height} active={active} onMessage={(m, tone) => setStatus(m, tone)} />;
}
