// Which exam topic a lab task or takeaway belongs to. Matched by words rather than position so a
// reordered or reworded lab still lands in the right topic; unknown text falls back to `config`.
import type { ExamTopic } from '../types';

const RULES: ReadonlyArray<[RegExp, ExamTopic]> = [
  [/trigger/i, 'triggers'],
  [/repair/i, 'repair'],
  [/cluster|compute/i, 'cluster'],
  [/cron|schedul/i, 'cron'],
  [/dag|depend/i, 'dag'],
  [/task\s*values?|taskValues/i, 'task-values'],
  [/system\s*tables?|monitor/i, 'system-tables'],
  [/config|json|yaml/i, 'config'],
];

export function topicOf(text: string): ExamTopic {
  for (const [pattern, topic] of RULES) if (pattern.test(text)) return topic;
  return 'config';
}

/** A stable id fragment from a title: `Repair Runs` → `repair-runs`. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
