/** Types for local-bundle.mjs (plain JavaScript so that it runs before anything is compiled). */
/** The path of the bundle for `name`, built first when missing or older than a source. */
export function bundleFor(name: 'start' | 'cli'): Promise<string>;
