/**
 * Which school a piece of evidence counts for. The Dashboard and Summary match a school named on
 * evidence to the Schools tab ignoring case and outer spaces; a name matching none of them counts
 * for no school, which the coach is told when the clip arrives and Plan health lists.
 */

/** The form two school names are compared in. */
export function schoolKey(name: string): string {
  return name.trim().toLowerCase();
}

/** True when `name` is empty (no school chosen) or names a school of the Schools tab. */
export function isKnownSchool(name: string, schools: readonly { name: string }[]): boolean {
  const key = schoolKey(name);
  return key === '' || schools.some((school) => schoolKey(school.name) === key);
}
