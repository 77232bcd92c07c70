// Types for screen.mjs (used by test/bench).
export declare class VirtualScreen {
  constructor(cols: number, rows: number);
  write(data: string): void;
  text(): string;
}
