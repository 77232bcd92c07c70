// Every card of a lab. Fixed cards (takeaways, the exam tip, each trigger and compute scenario,
// the exam-topic cards, every practice blank) are listed in a fixed order (used to break ties);
// the generated families (CRON, repair, DAG) add one card per scenario drawn, whose id is enough
// to rebuild it (`resolveCard`).
import { checkTask } from '../checks/engine';
import type { Lab } from '../lessons/types';
import { blankMakers, type CheckFn } from './cards/blanks';
import { examMakers } from './cards/exam';
import { FAMILIES, generatedMakers } from './cards/generated';
import { cardRecord } from './cards/make';
import { sqlMakers } from './cards/sql';
import { takeawayMakers } from './cards/takeaways';
import { makeRng } from './rng';
import type { CardFamily, CardMaker, CardRecord } from './types';

/** The families' ids: every scenario id of a family starts with `<family id>:`. */
export const TEMPLATE_IDS = FAMILIES.map((f) => f.id);

/** The exam tip, the eight takeaways, the trigger and compute scenarios, the exam topics, every practice blank, then the SQL lab's queries. */
export function catalog(lab: Lab, check: CheckFn = checkTask): CardMaker[] {
  return [...takeawayMakers(lab), ...generatedMakers(), ...examMakers(), ...blankMakers(lab, check), ...sqlMakers()];
}

/** The generated families whose scenarios are drawn as new cards. */
export function cardFamilies(): readonly CardFamily[] {
  return FAMILIES;
}

/** The family a scenario id belongs to, if any. */
export function familyOf(scheduleId: string): CardFamily | undefined {
  return FAMILIES.find((f) => scheduleId.startsWith(`${f.id}:`));
}

/**
 * The card maker for a scenario id stored in progress (`gen.cron:any:daily.6.0`), or undefined
 * when the id is not a scenario or no longer valid (then the stored state is simply ignored).
 */
export function resolveCard(scheduleId: string): CardMaker | undefined {
  return familyOf(scheduleId)?.resolve(scheduleId);
}

/** The fixed cards and every scenario already introduced (ids from the stored card states), once each. */
function catalogWithIntroduced(lab: Lab, introduced: Iterable<string>, check: CheckFn): { makers: CardMaker[]; seen: Set<string> } {
  const makers = catalog(lab, check);
  const seen = new Set(makers.map((m) => m.scheduleId));
  for (const id of introduced) {
    if (seen.has(id)) continue;
    const maker = resolveCard(id);
    if (maker) {
      makers.push(maker);
      seen.add(id);
    }
  }
  return { makers, seen };
}

/**
 * The cards a session chooses from: the catalog, every scenario already introduced (its id is
 * a key of the stored card states), and one new scenario per family drawn with `seed` (a new
 * card, so new scenarios enter under the session's new-card limit). `seed: null` draws none
 * (counting what is due and new: the families' supply of new scenarios is endless).
 */
export function deckMakers(lab: Lab, introduced: Iterable<string>, seed: number | string | null, check: CheckFn = checkTask): CardMaker[] {
  const { makers, seen } = catalogWithIntroduced(lab, introduced, check);
  for (const family of seed === null ? [] : FAMILIES) {
    const maker = family.draw(makeRng(seed as number | string, family.id));
    if (!seen.has(maker.scheduleId)) {
      makers.push(maker);
      seen.add(maker.scheduleId);
    }
  }
  return makers;
}

/**
 * Every card the deck has, as export records: the fixed cards, the scenarios already
 * introduced (`introduced`: schedule ids from progress), and each family once (a sample
 * scenario drawn with `seed`) unless one of its scenarios is already there.
 */
export function deckRecords(lab: Lab, introduced: Iterable<string> = [], seed: number | string = 'export', check: CheckFn = checkTask): CardRecord[] {
  const { makers, seen } = catalogWithIntroduced(lab, introduced, check);
  for (const family of FAMILIES) {
    if ([...seen].some((id) => id.startsWith(`${family.id}:`))) continue;
    const maker = family.draw(makeRng(seed, family.id));
    makers.push(maker);
    seen.add(maker.scheduleId);
  }
  return makers.map((m) => cardRecord(m.make(makeRng(seed, m.scheduleId))));
}
