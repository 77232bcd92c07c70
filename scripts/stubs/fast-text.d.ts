// Types for fast-text.js (bundled into the app in place of Intl.Segmenter and around string-width).
export declare const SIMPLE_RANGES: ReadonlyArray<readonly [number, number]>;
export declare function simpleWidth(text: string): number | undefined;
export declare function simpleWidthWithSgr(text: string): number | undefined;
export type StringWidth = (input: string, options?: object) => number;
export declare function fastStringWidth(real: StringWidth): StringWidth;
export declare class LazySegmenter {
  constructor(locales?: string | string[], options?: Intl.SegmenterOptions);
  segment(input: string): Intl.Segments;
  resolvedOptions(): Intl.ResolvedSegmenterOptions;
  static supportedLocalesOf(locales: string | string[], options?: { localeMatcher?: 'lookup' | 'best fit' }): string[];
}
