// Which keys the review screen listens to at each moment, and so which hints the footer shows.
// One function for both, so the footer cannot advertise a key the screen ignores.

import type { FooterSpec } from '../footer-context';
import type { Command, Scope } from '../keys';

export type ReviewView =
  | 'loading'
  | 'start'
  /** Start panel of an empty session: nothing to start. */
  | 'start-empty'
  | 'choice'
  /** A typed card while its text field has the keyboard. */
  | 'typed-field'
  /** A typed card after Esc left the field. */
  | 'typed'
  | 'self'
  | 'rate'
  | 'summary';

const SCROLL: readonly Command[] = ['lineUp', 'lineDown', 'pageUp', 'pageDown', 'top', 'bottom'];

/** The scopes whose keys this view handles itself (the App handles 'global' and 'always'). */
export function viewScopes(view: ReviewView, scrollable: boolean): Scope[] {
  const scroll: Scope[] = scrollable ? ['scroll'] : [];
  switch (view) {
    case 'loading':
      return [];
    case 'start':
    case 'start-empty':
      return ['review', ...scroll];
    case 'choice':
    case 'typed':
      return ['review-card', 'review-any'];
    case 'typed-field':
      return ['review-card', 'field'];
    case 'self':
      return ['review-self', 'review-any'];
    case 'rate':
      return ['review-rate', 'review-any', ...scroll];
    case 'summary':
      return ['review-summary', ...scroll];
  }
}

export interface FooterState {
  /** A rating (or suspend, bury) to undo: without one, no undo hint. */
  canUndo?: boolean;
  /** Suspended cards exist: the start panel offers to bring them back. */
  suspended?: boolean;
  /** The mock exam: no cram, no undo, suspend or bury. */
  exam?: boolean;
}

/** The footer for a view: its own scopes, then the App's (none while a field has the keyboard). */
export function footerFor(view: ReviewView, scrollable: boolean, state: FooterState = {}): FooterSpec {
  const own = viewScopes(view, scrollable);
  // Scrolling matters rarely here: one hint for it, not three.
  const omit: Command[] = scrollable ? SCROLL.filter((c) => c !== 'lineUp' && c !== 'lineDown') : [];
  if (state.canUndo !== true) omit.push('undoRating');
  if (state.suspended !== true) omit.push('unsuspendAll');
  if (state.exam === true) omit.push('toggleCram', 'undoRating');
  // Rarely wanted, and the footer is one line: listed in ? help only.
  omit.push('buryCard', 'suspendCard');
  switch (view) {
    case 'start-empty':
      omit.push('startReview');
      break;
    case 'choice':
      omit.push('focusAnswer');
      break;
    case 'typed':
      omit.push('optionUp', 'optionDown', 'pickOption', 'submitAnswer');
      break;
    case 'typed-field':
      // Letters and digits are text here: only Enter (answer) and Esc (leave) are keys.
      omit.push('optionUp', 'optionDown', 'pickOption', 'focusAnswer');
      return { scopes: [...own, 'always'], omit };
    default:
      break;
  }
  return { scopes: [...own, 'global'], omit };
}
