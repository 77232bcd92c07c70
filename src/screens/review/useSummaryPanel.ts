// The results panel that ends a review session and a mock exam: scrolled like every panel, its
// footer, and the key that closes it. One hook, so both end the same way.
import { useFooter } from '../footer-context';
import { useKeypress } from '../input/keypress';
import { matchKey } from '../keys';
import { useTui } from '../context';
import { PANEL_HEAD_ROWS, usePanelScroll } from './Panel';
import { footerFor } from './phase';

export function useSummaryPanel(lineCount: number, height: number, active: boolean): ReturnType<typeof usePanelScroll> {
  const { navigate } = useTui();
  const viewport = Math.max(1, height - PANEL_HEAD_ROWS);
  const scroll = usePanelScroll(lineCount, viewport, 0, active);
  useFooter(footerFor('summary', lineCount > viewport), active);
  useKeypress(
    (input, key) => {
      if (matchKey(input, key, 'review-summary') === 'closeSummary') navigate({ type: 'back' });
    },
    { isActive: active },
  );
  return scroll;
}
