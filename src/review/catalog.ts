// Every schedulable card of a lab, in a fixed order (used to break ties).
import { checkTask } from '../checks/engine';
import type { Lab } from '../lessons/types';
import { blankMakers, type CheckFn } from './cards/blanks';
import { generatedMakers } from './cards/generated';
import { takeawayMakers } from './cards/takeaways';
import type { CardMaker } from './types';

export const TEMPLATE_IDS = ['gen.trigger', 'gen.repair', 'gen.cluster', 'gen.cron', 'gen.dag'] as const;

/** The exam tip, the eight takeaways, the generated templates, then every practice blank. */
export function catalog(lab: Lab, check: CheckFn = checkTask): CardMaker[] {
  return [...takeawayMakers(lab), ...generatedMakers(), ...blankMakers(lab, check)];
}
