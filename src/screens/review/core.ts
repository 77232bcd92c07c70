// The review core (src/review) loaded on demand. It pulls in cron-parser, ts-fsrs and the checks
// engine: importing it statically from anything the registry reaches would load all of that at
// start-up, before Home can draw. esbuild turns the dynamic import into a separate chunk.

import { useEffect, useState } from 'react';
import type * as Core from '../../review';

export type ReviewCore = typeof Core;

let loading: Promise<ReviewCore> | undefined;

export function loadReviewCore(): Promise<ReviewCore> {
  loading ??= import('../../review').catch((error: unknown) => {
    // Let a later attempt try again rather than remember the failure forever.
    loading = undefined;
    throw error;
  });
  return loading;
}

export type CoreState = { status: 'loading' } | { status: 'ready'; core: ReviewCore } | { status: 'failed'; message: string };

/** The core once loaded; the first render always sees 'loading'. */
export function useReviewCore(): CoreState {
  const [state, setState] = useState<CoreState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadReviewCore().then(
      (core) => live && setState({ status: 'ready', core }),
      (error: unknown) => live && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
