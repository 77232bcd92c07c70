// Public surface of the exam review core (no Ink here).
export * from './types';
export { buildSession, dueCount, reviewOverview, cardUpdates, correctedBlanks, summarize, weaknessOrder, DEFAULT_SESSION_SIZE } from './session';
export type { ReviewProgress, SessionOptions, ReviewSession, ReviewOverview, ReviewResult, SessionSummary, TopicSummary } from './session';
export { initSession, sessionReducer, currentCard, pendingResult } from './reducer';
export type { SessionState, SessionAction, SessionPhase } from './reducer';
export { catalog, TEMPLATE_IDS, cardFamilies, familyOf, resolveCard, deckRecords, deckMakers } from './catalog';
export { cardRecord, cardFront, cardBack, sourceLine } from './cards/make';
export { reviewState, readState, writeState, isDue, suggestedRating, STATE_VERSION } from './scheduler';
export type { StoredCardState } from './scheduler';
export { parseCron, compareCron, compareParsed, describeCron } from './cron';
export type { CronParsed, CronInvalid, CronResult, CronComparison, CronFlavor } from './cron';
export { judgeCron } from './cards/cron';
export type { CronAnswerFormat } from './cards/cron';
export type { CheckFn } from './cards/blanks';
export { makeRng, deriveSeed } from './rng';
export type { Rng } from './rng';
