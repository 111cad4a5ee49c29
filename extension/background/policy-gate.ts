/**
 * Whether a connection the coach asks for is the one the district set: a code for another
 * endpoint, or another spreadsheet, is refused while a plan is preset. Background only (the
 * panel shows the preset; the background enforces it).
 */
import type { DistrictPolicy } from '../lib/district-policy';
import { spreadsheetIdFrom } from '../lib/google-connection';

export function allowedByPolicy(
  policy: DistrictPolicy,
  target: { spreadsheet: string } | { endpoint: string },
): boolean {
  if ('spreadsheet' in target)
    return (
      !policy.planSpreadsheet ||
      spreadsheetIdFrom(policy.planSpreadsheet) === spreadsheetIdFrom(target.spreadsheet)
    );
  return (
    !policy.planEndpoint ||
    policy.planEndpoint.replace(/\/+$/, '') === target.endpoint.replace(/\/+$/, '')
  );
}
