// vitest reporter (beside the default one): names every skipped test at the end of the run, and
// counts apart those skipped because a file of ../shared was not found (test/support/shared.ts),
// so that no test is skipped silently.
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { SHARED_ROOT, SKIP_MARK } from './shared';

const LISTED = 30;

function skippedTests(modules: ReadonlyArray<TestModule>): TestCase[] {
  const out: TestCase[] = [];
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      if (test.result().state === 'skipped') out.push(test);
    }
  }
  return out;
}

function line(test: TestCase): string {
  const result = test.result();
  const note = result.state === 'skipped' ? result.note : undefined;
  return `  - ${test.module.relativeModuleId} > ${test.fullName}${note ? ` (${note})` : ''}`;
}

export default class SkipReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const skipped = skippedTests(modules);
    if (skipped.length === 0) return;
    const shared = skipped.filter((t) => t.fullName.includes(SKIP_MARK));
    const others = skipped.filter((t) => !t.fullName.includes(SKIP_MARK));
    const out: string[] = [''];
    if (shared.length > 0) {
      out.push(`${shared.length} test${shared.length === 1 ? '' : 's'} SKIPPED because ../shared (${SHARED_ROOT}) lacks a file they need:`);
      out.push(...shared.map(line));
    }
    if (others.length > 0) {
      out.push(`${others.length} other skipped test${others.length === 1 ? '' : 's'}:`);
      out.push(...others.slice(0, LISTED).map(line));
      if (others.length > LISTED) out.push(`  … and ${others.length - LISTED} more`);
    }
    process.stdout.write(`${out.join('\n')}\n`);
  }
}
