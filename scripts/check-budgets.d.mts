// Types for scripts/check-budgets.mjs, so TypeScript callers (the in-browser benchmark) can
// import it without `any`.
export type EntryName = 'background' | 'content' | 'popup' | 'options';

export interface FileSize {
  /** Path inside the dist folder. */
  file: string;
  bytes: number;
  /** gzip bytes of this file on its own. */
  gzip: number;
}

export interface EntrySize {
  /** gzip kB (1000 bytes), one decimal. */
  kb: number;
  gzipBytes: number;
  files: FileSize[];
}

export declare const BUDGETS_KB: Readonly<Record<EntryName, number>>;
export declare const TARGETS: readonly ['chrome', 'firefox'];

/** Sizes of every entry of one build (e.g. "dist/chrome"); null when an entry was not found. */
export declare function measureBundles(distDir: string): Record<EntryName, EntrySize | null>;

/** gzip kB per entry of one build (default "dist/chrome"), as the benchmark's `bundleKB`. */
export declare function bundleKB(distDir?: string): Record<EntryName, number | null>;
