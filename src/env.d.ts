/// <reference types="vite/client" />
/// <reference types="@crxjs/vite-plugin/client" />
/** The browser this build targets, fixed at build time by vite.config.ts. */
declare const __TARGET__: 'chrome' | 'firefox';
