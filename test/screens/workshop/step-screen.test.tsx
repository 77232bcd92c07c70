// The checkpoint inside the real step screen and App, wired as the app wires it.
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAB08 } from '../../../src/lessons';
import { App } from '../../../src/screens/App';
import { registry } from '../../../src/screens/registry';
import { createMemoryStore } from '../../../src/screens/store-port';
import { WorkshopStepWithCheckpoint, WorkshopStoreContext } from '../../../src/screens/workshop/checkpoints';
import { createWorkshopStore } from '../../../src/workshop';
import { KEY, settle } from './harness';

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
});

function renderApp(step: number) {
  const store = createMemoryStore();
  const saved: unknown[] = [];
  const workshop = createWorkshopStore(undefined, (s) => saved.push(s));
  const r = render(
    <WorkshopStoreContext.Provider value={workshop}>
      <App lab={LAB08} store={store} initial={{ name: 'workshop', step }} screens={{ workshop: { ...registry.workshop, component: WorkshopStepWithCheckpoint, omit: [] } }} />
    </WorkshopStoreContext.Provider>,
  );
  mounted.push(r.unmount);
  const frame = (): string => r.lastFrame() ?? '';
  return {
    store,
    workshop,
    saved,
    frame,
    async press(...keys: string[]) {
      for (const k of keys) {
        r.stdin.write(k);
        await settle();
      }
    },
    waitFor: (text: string) =>
      vi.waitFor(
        () => {
          if (!frame().includes(text)) throw new Error(`frame does not contain ${JSON.stringify(text)}:\n${frame()}`);
        },
        { timeout: 2000, interval: 5 },
      ),
  };
}

describe('WorkshopStepWithCheckpoint in the App', () => {
  it('Tab opens the checkpoint, a passing check marks the step done, Esc closes it', async () => {
    const app = renderApp(2);
    await app.waitFor('── Checkpoint');
    await app.press(KEY.tab);
    await app.waitFor('Checkpoint · Job details');
    await app.press('Ana', KEY.enter);
    await app.waitFor('Checkpoint passed.');
    expect(app.store.get().stepsDone).toContain('workshop.2');
    expect(app.workshop.get().learnerName).toBe('Ana');
    expect(app.saved.length).toBeGreaterThan(0);
    await app.press(KEY.esc);
    await app.waitFor('✓ Ready');
  });

  it('the builder state follows the learner to the next step', async () => {
    const app = renderApp(2);
    await app.waitFor('── Checkpoint');
    await app.press(KEY.tab, 'Bo', KEY.esc);
    await app.press(KEY.right);
    await app.waitFor('Step 3/8');
    await app.press(KEY.tab);
    await app.waitFor('bo_customer_pipeline');
  });
});
