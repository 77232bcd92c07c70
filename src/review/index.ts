// Public surface of the exam review core (no Ink here).
export * from './types';
export {
  buildSession,
  dueCount,
  reviewOverview,
  cardUpdates,
  correctedBlanks,
  summarize,
  weaknessOrder,
  isMissActive,
  introducedToday,
  resolveSettings,
  scheduleParams,
  DEFAULT_SESSION_SIZE,
  STREAK_TO_CLEAR,
} from './session';
export type { ReviewProgress, MissRecord, SessionOptions, ReviewSession, ReviewOverview, ReviewResult, SessionSummary, TopicSummary } from './session';
export { initSession, sessionReducer, currentCard, pendingResult, storedStates, cardsLeft, LEARN_AHEAD_MS } from './reducer';
export type { SessionState, SessionAction, SessionPhase, SessionSetup, LearningCard, SetAside } from './reducer';
export { DEFAULT_REVIEW_SETTINGS, examDateProblem, retentionProblem, maxIntervalDays, daysUntilExam } from './settings';
export type { ReviewSettings } from './settings';
export { catalog, TEMPLATE_IDS, cardFamilies, familyOf, resolveCard, deckRecords, deckMakers } from './catalog';
export { cardRecord, cardFront, cardBack, sourceLine } from './cards/make';
export {
  reviewState,
  readState,
  writeState,
  isDue,
  suggestedRating,
  previewIntervals,
  formatInterval,
  suspendState,
  buryState,
  STATE_VERSION,
} from './scheduler';
export type { StoredCardState, ScheduleParams } from './scheduler';
export { parseCron, compareCron, compareParsed, describeCron } from './cron';
export type { CronParsed, CronInvalid, CronResult, CronComparison, CronFlavor } from './cron';
export { judgeCron } from './cards/cron';
export type { CronAnswerFormat } from './cards/cron';
export type { CheckFn } from './cards/blanks';
export { makeRng, deriveSeed } from './rng';
export type { Rng } from './rng';
export {
  buildExam,
  initExam,
  examReducer,
  scoreExam,
  examScheduleUpdates,
  DEFAULT_EXAM_QUESTIONS,
  MAX_EXAM_QUESTIONS,
  SECONDS_PER_QUESTION,
} from './exam';
export type { ExamState, ExamAction, ExamScore, ExamTopicScore, AnswerableCard } from './exam';
export { ankiText, jsonText, ankiField, ankiTag } from './export';
