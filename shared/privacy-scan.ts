/**
 * Coaches must not send student contact details to a plan sheet. This finds emails and phone numbers
 * in a clip so the side panel can flag them before saving and redact them in one click. Pure.
 */
export type PersonalInfoKind = 'email' | 'phone';

/** One flagged span of the text, [start, end) in UTF-16 offsets. */
export interface PersonalInfoMatch {
  kind: PersonalInfoKind;
  start: number;
  end: number;
  text: string;
}

/** A character of an email's local part (before the @). */
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
/** An email's domain, matched from just after its @ (sticky). */
const DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
/** The longest local part and domain an address may have (RFC 5321): no search looks further. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;
// A run of digits with common separators: (514) 555-0199, +1 514 555 0199, 514.555.0199, 06 12 34 56 78.
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,5}/g;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

function phoneMatches(text: string, taken: PersonalInfoMatch[]): PersonalInfoMatch[] {
  const found: PersonalInfoMatch[] = [];
  for (const m of text.matchAll(PHONE)) {
    const raw = m[0].trim();
    const start = m.index + m[0].indexOf(raw);
    const end = start + raw.length;
    const digits = digitCount(raw);
    // Fewer than 9 digits: dates (2025-10-14), years, class sizes — never a reachable phone number.
    if (digits < 9 || digits > 15) continue;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    found.push({ kind: 'phone', start, end, text: raw });
  }
  return found;
}

/**
 * Every email in `text`: found from each @ outwards, so a long run of letters or dots without one
 * (a pasted URL list, a row of dashes) costs one pass instead of a search from every character.
 */
function emailMatches(text: string): PersonalInfoMatch[] {
  const found: PersonalInfoMatch[] = [];
  let previousEnd = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > previousEnd && at - start < MAX_LOCAL && LOCAL_CHAR.test(text[start - 1]))
      start--;
    const rest = text.slice(at + 1, at + 1 + MAX_DOMAIN);
    DOMAIN.lastIndex = 0;
    const domain = start < at ? DOMAIN.exec(rest) : null;
    if (!domain) continue;
    const end = at + 1 + domain[0].length;
    found.push({ kind: 'email', start, end, text: text.slice(start, end) });
    previousEnd = end;
    at = end - 1;
  }
  return found;
}

/** Every email and phone number in `text`, in reading order. */
export function scanPersonalInfo(text: string): PersonalInfoMatch[] {
  const emails = emailMatches(text);
  return [...emails, ...phoneMatches(text, emails)].sort((a, b) => a.start - b.start);
}

/** The text with every flagged span replaced by a marker such as [email] or [phone]. */
export function redactPersonalInfo(
  text: string,
  markers: Record<PersonalInfoKind, string> = { email: '[email]', phone: '[phone]' },
): string {
  let out = '';
  let cursor = 0;
  for (const match of scanPersonalInfo(text)) {
    out += text.slice(cursor, match.start) + markers[match.kind];
    cursor = match.end;
  }
  return out + text.slice(cursor);
}
