/** Types for scripts/local-bundle.cjs (plain CommonJS so that `npm start` needs nothing compiled). */
/** The bundle for `name` ("start" or "cli"), built first when missing or older than a source. */
export declare function bundleFor(name: 'start' | 'cli'): Promise<string>;
