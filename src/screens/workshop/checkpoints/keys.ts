// Keys of the checkpoint forms. Kept apart from src/screens/keys.ts because the form needs
// Shift+Tab and per-field meanings (←/→ move the cursor in a text field but change a choice) that
// the shared table cannot express yet.

import type { Key } from 'ink';

export type FormCommand = 'next' | 'prev' | 'choosePrev' | 'chooseNext' | 'activate' | 'yaml' | 'scrollUp' | 'scrollDown' | 'pageUp' | 'pageDown';

export type FieldKind = 'text' | 'choice' | 'button';

export interface FormBinding {
  keys: string;
  description: string;
}

/** For the help overlay and the checkpoint's hint line. */
export const FORM_KEYS: Record<FormCommand, FormBinding> = {
  next: { keys: '↓ / Tab', description: 'Next field' },
  prev: { keys: '↑ / Shift+Tab', description: 'Previous field' },
  choosePrev: { keys: '←', description: 'Previous choice (in a choice field)' },
  chooseNext: { keys: '→ / Space', description: 'Next choice (in a choice field)' },
  activate: { keys: 'Enter', description: 'Check the step (or press the focused button)' },
  yaml: { keys: 'y', description: 'Show the bundle YAML next to the lab\'s reference (outside text fields)' },
  scrollUp: { keys: '↑', description: 'Scroll the YAML up' },
  scrollDown: { keys: '↓', description: 'Scroll the YAML down' },
  pageUp: { keys: 'PgUp', description: 'Scroll the YAML up one page' },
  pageDown: { keys: 'PgDn / Space', description: 'Scroll the YAML down one page' },
};

/**
 * What a key means in the form, given the kind of the focused field. In a text field only the
 * keys ink-text-input ignores (↑ ↓ Tab Shift+Tab) are ours; Enter there is the field's submit.
 */
export function formCommand(input: string, key: Key, field: FieldKind | undefined): FormCommand | undefined {
  if (key.tab) return key.shift ? 'prev' : 'next';
  if (key.downArrow) return 'next';
  if (key.upArrow) return 'prev';
  if (field === 'text' || field === undefined) return undefined;
  if (key.return) return 'activate';
  if (field === 'choice') {
    if (key.leftArrow) return 'choosePrev';
    if (key.rightArrow || input === ' ') return 'chooseNext';
  } else if (input === ' ') return 'activate';
  if (input === 'y' && !key.ctrl && !key.meta) return 'yaml';
  return undefined;
}

/** What a key means while the YAML is shown. */
export function yamlCommand(input: string, key: Key): FormCommand | 'switch' | 'close' | undefined {
  if (key.upArrow) return 'scrollUp';
  if (key.downArrow) return 'scrollDown';
  if (key.pageUp) return 'pageUp';
  if (key.pageDown || input === ' ') return 'pageDown';
  if (key.leftArrow || key.rightArrow) return 'switch';
  if (key.return || (input === 'y' && !key.ctrl && !key.meta)) return 'close';
  return undefined;
}
