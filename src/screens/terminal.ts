// The terminal's size, kept current on resize. Only the App subscribes; screens read the body
// size it hands down (context.tsx), so a resize is one state change, not one per component.

import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface Size {
  columns: number;
  rows: number;
}

interface SizedStream {
  columns?: number;
  rows?: number;
}

/** Piped or test streams may not know their size: assume the classic 80x24. */
export function readSize(stream: SizedStream): Size {
  return { columns: stream.columns || 80, rows: stream.rows || 24 };
}

/** `subscribe: false` reads the size once (a parent already re-renders us on resize). */
export function useTerminalSize(subscribe = true): Size {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => readSize(stdout));
  useEffect(() => {
    if (!subscribe) return;
    const onResize = (): void => {
      const next = readSize(stdout);
      setSize((prev) => (prev.columns === next.columns && prev.rows === next.rows ? prev : next));
    };
    onResize();
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, subscribe]);
  return size;
}
