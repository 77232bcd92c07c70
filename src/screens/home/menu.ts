// The Home menu as data: what each entry says and where it leads, computed from the lab and the
// learner's progress. Pure, so counts and "Continue" targets are tested without rendering.

import type { Lab } from '../../lessons/types';
import type { Location, Screen } from '../nav';
import type { ProgressSummary } from '../session';

export type MenuId = 'continue' | 'workshop' | 'practice' | 'drill' | 'review' | 'sql' | 'progress' | 'settings';

export interface MenuItem {
  id: MenuId;
  label: string;
  /** Inline markdown allowed (step titles carry `code`). */
  detail: string;
  count?: { done: number; total: number };
  target: Screen;
}

/** "Section 1: Workshop — Creating & Running Jobs" → "Creating & Running Jobs". */
export function sectionSubtitle(title: string): string {
  const dash = title.indexOf(' — ');
  return dash === -1 ? title : title.slice(dash + 3);
}

export function workshopDone(lab: Lab, progress: ProgressSummary): number {
  return lab.workshop.steps.filter((s) => progress.stepsDone.includes(s.id)).length;
}

export function practicePassed(lab: Lab, progress: ProgressSummary): number {
  return lab.practice.tasks.filter((t) => progress.tasks[t.id]?.passed === true).length;
}

/** A saved location that still exists in the lab (saved progress may predate a change). */
export function validLocation(lab: Lab, last: Location | undefined): Location | undefined {
  if (!last) return undefined;
  if (last.name === 'workshop') return lab.workshop.steps.some((s) => s.number === last.step) ? last : undefined;
  return lab.practice.tasks.some((t) => t.number === last.task) ? last : undefined;
}

export function describeLocation(lab: Lab, location: Location): string {
  if (location.name === 'workshop') {
    const step = lab.workshop.steps.find((s) => s.number === location.step);
    return `Workshop · Step ${location.step}${step ? `: ${step.title}` : ''}`;
  }
  const task = lab.practice.tasks.find((t) => t.number === location.task);
  return `Practice · Task ${location.task}${task ? `: ${task.title}` : ''}`;
}

/**
 * Where Continue leads: the first workshop step whose checkpoint does not pass, then the first
 * practice task not passed; undefined when everything is done.
 */
export function firstNotDone(lab: Lab, progress: ProgressSummary): Location | undefined {
  const step = lab.workshop.steps.find((s) => !progress.stepsDone.includes(s.id));
  if (step) return { name: 'workshop', step: step.number };
  const task = lab.practice.tasks.find((t) => progress.tasks[t.id]?.passed !== true);
  return task ? { name: 'practice', task: task.number } : undefined;
}

/** `reviewDetail`: e.g. "12 due · 3 new", once the review core has counted. */
export function homeMenu(lab: Lab, progress: ProgressSummary, reviewDetail?: string): MenuItem[] {
  const last = validLocation(lab, progress.last);
  const resume = firstNotDone(lab, progress) ?? last ?? { name: 'workshop', step: lab.workshop.steps[0]?.number ?? 1 };
  const started = last !== undefined || progress.stepsDone.length > 0 || Object.keys(progress.tasks).length > 0;
  return [
    {
      id: 'continue',
      label: started ? 'Continue' : 'Start',
      detail: describeLocation(lab, resume),
      target: resume,
    },
    {
      id: 'workshop',
      label: 'Workshop',
      detail: sectionSubtitle(lab.workshop.title),
      count: { done: workshopDone(lab, progress), total: lab.workshop.steps.length },
      target: { name: 'workshop-list' },
    },
    {
      id: 'practice',
      label: 'Practice',
      detail: sectionSubtitle(lab.practice.title),
      count: { done: practicePassed(lab, progress), total: lab.practice.tasks.length },
      target: { name: 'practice-list' },
    },
    { id: 'drill', label: 'Drill', detail: 'A timed, seeded classroom drill', target: { name: 'drill' } },
    {
      id: 'review',
      label: 'Review',
      detail: reviewDetail ? `Spaced review of what you learned · ${reviewDetail}` : 'Spaced review of what you learned',
      target: { name: 'review' },
    },
    { id: 'sql', label: 'SQL', detail: 'Query the system tables: 30 days of job runs, yours included', target: { name: 'sql' } },
    {
      id: 'progress',
      label: 'Progress',
      detail: 'What you have done so far',
      target: { name: 'progress' },
    },
    { id: 'settings', label: 'Settings', detail: 'Your name, exam date, review, drill, display', target: { name: 'settings' } },
  ];
}
