import { it } from 'vitest';
import { render } from 'ink-testing-library';
import { PracticeTaskView } from '../../../src/screens/practice/task/PracticeTaskView';
import { LAB08 } from '../../../src/lessons';
import { loadCronTools, cronInsight } from '../../../src/practice/cron';
async function settle() { for (let i = 0; i < 3; i++) await new Promise<void>((r) => setImmediate(r)); }
it('perf', async () => {
  const tools = await loadCronTools();
  let t0 = performance.now();
  for (let i = 0; i < 100; i++) cronInsight(tools, '0 8 * * 1-' + (i % 5 + 1), { currentDate: new Date() });
  console.log('cronInsight ms', (performance.now() - t0) / 100);
  for (const n of [1, 3, 4]) {
    const task = LAB08.practice.tasks[n - 1]!;
    const r = render(<PracticeTaskView task={task} onChange={() => {}} onCheck={() => {}} onHint={() => {}} onReveal={() => {}} onBack={() => {}} width={80} height={36} />);
    await settle(); await new Promise((r) => setTimeout(r, 50));
    t0 = performance.now();
    for (const ch of 'abcdefghijklmnopqrst') { r.stdin.write(ch); await settle(); }
    console.log('task', n, 'ms/key', (performance.now() - t0) / 20);
    t0 = performance.now();
    for (let i = 0; i < 20; i++) { await settle(); }
    console.log('settle only', (performance.now() - t0) / 20);
    r.unmount();
  }
});
