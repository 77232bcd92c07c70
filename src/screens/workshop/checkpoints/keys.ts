// What a key means in a checkpoint form. The keys themselves are in the key table
// (src/screens/keys.ts, scopes 'form' and 'form-yaml'; a text field's edits are scope 'text');
// this file turns the table's commands into the form's, given the kind of the focused field.

import { matchKey, type Command } from '../../keys';
import type { Key } from '../../input/key';

export type FormCommand =
  | 'next'
  | 'prev'
  /** Tab / Shift+Tab: the next field in the order that skips the rows' ✕ buttons. */
  | 'tabNext'
  | 'tabPrev'
  | 'choosePrev'
  | 'chooseNext'
  | 'activate'
  | 'yaml'
  | 'scrollUp'
  | 'scrollDown'
  | 'pageUp'
  | 'pageDown';

export type FieldKind = 'text' | 'choice' | 'button';

const FORM: Partial<Record<Command, FormCommand>> = {
  formNext: 'next',
  formPrev: 'prev',
  formTabNext: 'tabNext',
  formTabPrev: 'tabPrev',
  formChoosePrev: 'choosePrev',
  formChooseNext: 'chooseNext',
  formActivate: 'activate',
  formYaml: 'yaml',
};

/**
 * What a key means in the form, given the kind of the focused field. In a text field only the
 * moves between fields and Enter (check) are the form's; the rest is text.
 */
export function formCommand(input: string, key: Key, field: FieldKind | undefined): FormCommand | undefined {
  const command = matchKey(input, key, 'form');
  if (command === 'formSpace') return field === 'button' ? 'activate' : field === 'choice' ? 'chooseNext' : undefined;
  const mapped = command ? FORM[command] : undefined;
  if (mapped === 'next' || mapped === 'prev' || mapped === 'tabNext' || mapped === 'tabPrev') return mapped;
  if (field === undefined) return undefined;
  if (field === 'text') return mapped === 'activate' ? mapped : undefined;
  if (field === 'button' && (mapped === 'choosePrev' || mapped === 'chooseNext')) return undefined;
  return mapped;
}

/** What a key means while the YAML is shown. */
export function yamlCommand(input: string, key: Key): FormCommand | 'switch' | 'close' | undefined {
  switch (matchKey(input, key, 'form-yaml')) {
    case 'yamlUp':
      return 'scrollUp';
    case 'yamlDown':
      return 'scrollDown';
    case 'yamlPageUp':
      return 'pageUp';
    case 'yamlPageDown':
      return 'pageDown';
    case 'yamlSwitch':
      return 'switch';
    case 'yamlClose':
      return 'close';
    default:
      return undefined;
  }
}
