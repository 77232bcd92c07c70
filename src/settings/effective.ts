// What each setting turns into where it is used, with the precedence the app keeps everywhere:
// flags and environment (--no-color, NO_COLOR, LAKEFLOW_LAB_HOME, review's --exam-date and
// --retention, drill's --name and --out) over settings over defaults. Pure apart from prepareColor.

import type { ReviewSettings } from '../review/settings';
import type { Settings } from './schema';

/** Review's settings from the preferences; flags are spread over this by the caller. */
export function reviewSettingsOf(settings: Settings): ReviewSettings {
  return {
    examDate: settings['exam-date'],
    desiredRetention: settings['desired-retention'],
    newCardsPerDay: settings['new-cards-per-day'],
    sessionSize: settings['session-size'],
  };
}

/** The drill's name and result folder when --name and --out are not given. */
export function drillDefaultsOf(settings: Settings): { name: string | null; out: string | null } {
  return { name: settings['learner-name'], out: settings['drill-out'] };
}

/**
 * Whether the TUI draws colour. `allowed`: false when --no-color or NO_COLOR said no, which no
 * setting overrides.
 */
export function usesColor(allowed: boolean, settings: Pick<Settings, 'color'>): boolean {
  return allowed && settings.color !== 'never';
}

/**
 * `color: always`: colour even where the terminal's description says it has none. Ink's colour
 * library reads FORCE_COLOR when it loads, so this runs before the TUI is imported; an explicit
 * FORCE_COLOR in the environment is left as it is.
 */
export function prepareColor(allowed: boolean, settings: Pick<Settings, 'color'>, env: NodeJS.ProcessEnv = process.env): void {
  if (allowed && settings.color === 'always' && env.FORCE_COLOR === undefined) env.FORCE_COLOR = '1';
}

/** The time zone of CRON fire times: the setting, else the machine's (looked up by the caller). */
export function cronTimeZoneOf(settings: Pick<Settings, 'time-zone'>): string | null {
  return settings['time-zone'];
}
