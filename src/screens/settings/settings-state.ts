// The Settings screen's state: which setting the cursor is on and, while one is being typed, its
// text field. A pure reducer with a typed action union, tested without Ink.

import { FIELD_CAPS, textFieldReducer, createTextField, type TextFieldAction, type TextFieldOptions, type TextFieldState } from '../input/text-field';
import { SETTING_DEFS, SETTING_KEYS, type SettingKey, type Settings } from '../../settings/schema';

export interface SettingsViewState {
  readonly index: number;
  /** The setting being typed and its field; null while moving between settings. */
  readonly editing: { readonly key: SettingKey; readonly field: TextFieldState } | null;
}

export type SettingsViewAction =
  | { type: 'move'; by: number }
  | { type: 'select'; index: number }
  /** Open the field on the selected setting with `text` (its current value). */
  | { type: 'edit'; text: string }
  | { type: 'field'; action: TextFieldAction }
  | { type: 'stop' };

/** Paths are the longest values a setting takes. */
export const SETTING_FIELD: TextFieldOptions = { maxLength: FIELD_CAPS.path };

export const initialSettingsView: SettingsViewState = { index: 0, editing: null };

export function selectedKey(state: SettingsViewState): SettingKey {
  return SETTING_KEYS[state.index] as SettingKey;
}

export function settingsViewReducer(state: SettingsViewState, action: SettingsViewAction): SettingsViewState {
  switch (action.type) {
    case 'move':
    case 'select': {
      if (state.editing) return state;
      const target = action.type === 'move' ? state.index + action.by : action.index;
      const index = Math.min(Math.max(0, target), SETTING_KEYS.length - 1);
      return index === state.index ? state : { ...state, index };
    }
    case 'edit': {
      const key = selectedKey(state);
      if (state.editing || SETTING_DEFS[key].kind !== 'text') return state;
      return { ...state, editing: { key, field: createTextField(action.text, SETTING_FIELD) } };
    }
    case 'field': {
      if (!state.editing) return state;
      const field = textFieldReducer(state.editing.field, action.action, SETTING_FIELD).state;
      return field === state.editing.field ? state : { ...state, editing: { ...state.editing, field } };
    }
    case 'stop':
      return state.editing ? { ...state, editing: null } : state;
  }
}

/** The choice after (`by` 1) or before (-1) the current value of a setting with choices. */
export function cycleChoice(key: SettingKey, settings: Settings, by: 1 | -1): string | undefined {
  const choices = SETTING_DEFS[key].choices;
  if (!choices) return undefined;
  const at = choices.indexOf(String(settings[key]));
  return choices[(at + by + choices.length) % choices.length];
}
