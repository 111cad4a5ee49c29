/**
 * For testing-library's `waitFor`, which retries while its callback throws: the value once the
 * panel shows it (an element, a true condition), else a throw that means "not yet".
 */
export function shown<T>(value: T | null | undefined | false): T {
  if (!value) throw new Error('Not shown yet');
  return value;
}
