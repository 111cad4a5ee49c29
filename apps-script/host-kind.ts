/**
 * Which kind of project this code runs in: a district's own bound copy deployed with a web app
 * (coaches connect with connection codes), or the add-on installed from the Google Workspace
 * Marketplace (no web app of its own; coaches connect with their Google account and the
 * spreadsheet's sharing). The same Code.js serves both, so it asks Apps Script once per execution.
 */
let webAppUrl: string | null | undefined;

/** The web app's URL when this project is deployed as one, else null (an installed add-on). */
export function ownWebAppUrl(): string | null {
  if (webAppUrl === undefined) webAppUrl = ScriptApp.getService().getUrl() || null;
  return webAppUrl;
}

/** True in a bound copy serving coaches' connection codes. */
export function servesWebApp(): boolean {
  return ownWebAppUrl() !== null;
}
