// Screen name → component, the key scopes it activates, and its breadcrumb title. A new screen
// plugs in by adding its variant to the Screen union (nav.ts) and one entry here; TypeScript
// refuses a Screen variant without an entry.

import type { ComponentType } from 'react';
import { SQL_LAB_OUTLINE } from '../lessons/sql-lab-outline';
import type { Lab } from '../lessons/types';
import { DocScreen } from './DocScreen';
import { HelpOverlay } from './HelpOverlay';
import { HomeScreen } from './home/Home';
import { MessagesScreen } from './MessagesScreen';
import type { Command, Scope } from './keys';
import type { DocId, Screen, ScreenName, ScreenOf } from './nav';
import { PracticeList } from './practice/PracticeList';
import { ProgressScreen } from './ProgressScreen';
import { SqlLabList } from './sql-lab/SqlLabList';
import { WorkshopList } from './workshop/WorkshopList';
import { lazyScreen } from './lazy';

// Loaded on first use (or preloaded, see lazy.tsx): Home's start-up does not parse them.
const WorkshopStepScreen = lazyScreen(() =>
  import('./workshop/checkpoints/WorkshopStepWithCheckpoint').then((m) => m.WorkshopStepWithCheckpoint),
);
const PracticeTaskScreen = lazyScreen(() => import('./practice/PracticeTaskScreen').then((m) => m.PracticeTaskScreen));
const ReviewScreen = lazyScreen(() => import('./review/ReviewScreen').then((m) => m.ReviewScreen));
const SqlScreen = lazyScreen(() => import('./sql/SqlScreen').then((m) => m.SqlScreen));
const SqlExerciseScreen = lazyScreen(() => import('./sql-lab/SqlExerciseScreen').then((m) => m.SqlExerciseScreen));
const DrillScreen = lazyScreen(() => import('./drill/DrillScreen').then((m) => m.DrillScreen));
const SettingsScreen = lazyScreen(() => import('./settings/SettingsScreen').then((m) => m.SettingsScreen));

export interface ScreenProps<S extends Screen = Screen> {
  screen: S;
  /** On top of the stack and not under an overlay: the screen's input hooks may listen. */
  active: boolean;
}

export interface ScreenEntry<N extends ScreenName> {
  component: ComponentType<ScreenProps<ScreenOf<N>>>;
  /**
   * Key scopes this screen uses, in footer order. Include 'global' for the App's q / ? / Esc;
   * a screen that edits text can leave it out, or give the field a capturing focus owner
   * (useFocusOwner(name, { captures: true }), input/README.md).
   */
  scopes: readonly Scope[];
  /** Commands of those scopes not offered here (kept out of the footer). */
  omit?: readonly Command[];
  /**
   * Every scope the screen uses at some moment (typing in a field, an option list…), for the
   * first page of `?` help. Default: `scopes`.
   */
  help?: readonly Scope[];
  /** Breadcrumb label; '' leaves the screen out of the trail. */
  title: (screen: ScreenOf<N>, lab: Lab) => string;
  /**
   * The screens this one opens (its rows, its menu): those loaded on first use are fetched in the
   * background once the learner has stayed on this one a moment (upkeep.ts). Default: none.
   */
  leadsTo?: readonly ScreenName[];
}

export type Registry = { [N in ScreenName]: ScreenEntry<N> };

const DOC_CRUMB: Record<DocId, string> = {
  'workshop-intro': 'Overview',
  'workshop-reference': 'Reference',
  'practice-intro': 'Overview',
  summary: 'Summary',
};

export const registry: Registry = {
  // Esc has nowhere to go back to from Home.
  home: {
    component: HomeScreen,
    scopes: ['list', 'global'],
    omit: ['back'],
    title: () => '',
    // Its menu, and Continue (a workshop step or a practice task).
    leadsTo: ['workshop', 'practice', 'drill', 'review', 'sql', 'settings'],
  },
  'workshop-list': { component: WorkshopList, scopes: ['list', 'global'], title: () => 'Workshop', leadsTo: ['workshop'] },
  workshop: {
    component: WorkshopStepScreen,
    scopes: ['workshop', 'scroll', 'global'],
    help: ['workshop', 'scroll', 'field', 'form', 'text', 'form-yaml'],
    title: (s) => `Step ${s.step}`,
  },
  'practice-list': { component: PracticeList, scopes: ['list', 'global'], title: () => 'Practice', leadsTo: ['practice'] },
  practice: {
    component: PracticeTaskScreen,
    // The task screen draws its own key bar (its keys change with the moment, practice/task/keys.ts):
    // the footer keeps only the App's own keys, so no hint appears twice.
    scopes: ['global'],
    omit: ['back'],
    help: ['practice', 'practice-blank', 'text', 'practice-options', 'scroll'],
    title: (s) => `Task ${s.task}`,
  },
  doc: { component: DocScreen, scopes: ['scroll', 'global'], title: (s) => DOC_CRUMB[s.doc] },
  'sql-lab': { component: SqlLabList, scopes: ['list', 'global'], title: () => 'SQL lab', leadsTo: ['sql-exercise'] },
  // The exercise picks its footer moment by moment (typing or reading: sql-lab/keys.ts).
  'sql-exercise': {
    component: SqlExerciseScreen,
    scopes: ['sql-lab', 'global'],
    help: ['sql-lab', 'sql-lab-edit', 'sql-editor', 'text'],
    title: (s) => {
      const i = SQL_LAB_OUTLINE.findIndex((e) => e.id === s.exercise);
      return i === -1 ? 'Exercise' : `Exercise ${i + 1}`;
    },
  },
  // The lobby's scopes; the drill picks its own moment by moment (drill/phase.ts) and suspends
  // 'global' while letters are typed into its fields.
  drill: {
    component: DrillScreen,
    scopes: ['drill-lobby', 'global'],
    help: ['drill-lobby', 'drill-name', 'drill', 'text', 'drill-confirm', 'drill-end'],
    title: () => 'Drill',
  },
  // The start panel's scopes; each later moment of a card picks its own (review/phase.ts).
  review: {
    component: ReviewScreen,
    scopes: ['review', 'global'],
    help: ['review', 'review-card', 'text', 'review-self', 'review-rate', 'review-summary'],
    title: () => 'Review',
  },
  progress: { component: ProgressScreen, scopes: ['scroll', 'global'], title: () => 'Progress' },
  // The rows pane's scopes; the screen picks its pane's own (the editor suspends 'global').
  sql: {
    component: SqlScreen,
    scopes: ['sql', 'sql-table', 'global'],
    help: ['sql', 'sql-editor', 'text', 'sql-table', 'sql-schema'],
    title: () => 'SQL',
  },
  settings: {
    component: SettingsScreen,
    scopes: ['settings', 'global'],
    help: ['settings', 'settings-edit', 'text'],
    title: () => 'Settings',
  },
  help: { component: HelpOverlay, scopes: ['scroll', 'global'], title: () => 'Help' },
  messages: { component: MessagesScreen, scopes: ['scroll', 'global'], title: () => 'Messages' },
};

/** The entry for a screen, typed for that screen (the mapped type loses the link otherwise). */
export function entryFor<S extends Screen>(reg: Registry, screen: S): ScreenEntry<S['name']> {
  return reg[screen.name as S['name']] as unknown as ScreenEntry<S['name']>;
}
