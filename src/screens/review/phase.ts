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
      return ['review-card'];
    case 'typed-field':
      return ['review-card', 'field'];
    case 'self':
      return ['review-self'];
    case 'rate':
      return ['review-rate', ...scroll];
    case 'summary':
      return ['review-summary', ...scroll];
  }
}

/** The footer for a view: its own scopes, then the App's (none while a field has the keyboard). */
export function footerFor(view: ReviewView, scrollable: boolean): FooterSpec {
  const own = viewScopes(view, scrollable);
  // Scrolling matters rarely here: one hint for it, not three.
  const omit: Command[] = scrollable ? SCROLL.filter((c) => c !== 'lineUp' && c !== 'lineDown') : [];
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
