// The checkpoint inside the real step screen and App, wired as the app wires it.
import { render } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LAB08 } from '../../../src/lessons';
import { App } from '../../../src/screens/App';
import { preloadScreens } from '../../../src/screens/lazy';
import { registry } from '../../../src/screens/registry';
import { SessionContext } from '../../../src/screens/session';
import { workshopStoreOf } from '../../../src/screens/workshop/checkpoints';
import { memorySession } from '../../support/memory-session';
import { KEY, settle } from './harness';

// The screens are loaded on first use (lazy.tsx); under vitest that compiles them, which can
// outlast waitFor: load them up front.
beforeAll(() => preloadScreens(registry));

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
});

function renderApp(step: number) {
  const { session } = memorySession();
  const r = render(
    <SessionContext.Provider value={session}>
      <App lab={LAB08} initial={{ name: 'workshop', step }} />
    </SessionContext.Provider>,
  );
  mounted.push(r.unmount);
  const frame = (): string => r.lastFrame() ?? '';
  return {
    session,
    workshop: workshopStoreOf(session),
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
    expect(app.session.summary().stepsDone).toContain('workshop.2');
    expect(app.workshop.get().learnerName).toBe('Ana');
    expect(app.session.get().workshop?.entries).toBeDefined();
    expect(app.session.learnerName()).toBe('Ana');
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
