/**
 * Sheets keeps a date as a wall-clock value in the spreadsheet's time zone, and getValues hands it
 * back as the instant of that wall-clock time in that zone (a date is midnight there, which is the
 * evening before in UTC for zones east of Greenwich). The fake stores wall-clock times in a Date's
 * UTC fields and converts at its edges with these two functions.
 */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the zone's clocks show the wall-clock time held in `wall`'s UTC fields. */
export function wallToInstant(wall: Date, timeZone: string): Date {
  const guess = wall.getTime() - zoneOffsetMs(wall.getTime(), timeZone);
  return new Date(wall.getTime() - zoneOffsetMs(guess, timeZone));
}

/** What the zone's clocks show at `instant`, held in a Date's UTC fields. */
export function instantToWall(instant: Date, timeZone: string): Date {
  return new Date(instant.getTime() + zoneOffsetMs(instant.getTime(), timeZone));
}
