/** The Evidence column arrangement now lives in the core, shared with the extension's Sheets path. */
export { arrangeEvidenceRows, evidenceColumnPlaces } from '../shared/evidence-columns';
