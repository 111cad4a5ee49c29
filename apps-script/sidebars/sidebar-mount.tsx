/**
 * Every sidebar starts the same way: "Loading…" while the server answers, then the sidebar's view,
 * or the failure in words. A view calls `show` with a new answer (another tab read, a preview, a
 * coach added) and is drawn afresh from it, its fields as the server now has them.
 */
import { type FunctionComponent, render } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n/sidebar-strings';
import { localeFrom } from '../../shared/messages';
import { failedText } from './server-action';

/** What each sidebar's view is given: the server's latest answer, and the way to show a newer one. */
export interface SidebarProps<S> {
  state: S;
  show(next: S): void;
}

function Shown<S>(props: { first: S; view: FunctionComponent<SidebarProps<S>> }) {
  const [shown, setShown] = useState({ state: props.first, generation: 0 });
  const show = (state: S) => setShown((before) => ({ state, generation: before.generation + 1 }));
  const View = props.view;
  return <View key={shown.generation} state={shown.state} show={show} />;
}

/**
 * Mounts a sidebar in the page's <main id="app">, once `load` has the server's first answer. Until
 * then, it speaks the language the add-on served the page in (`<html lang>`, the spreadsheet's).
 */
export function startSidebar<S>(
  load: () => Promise<S>,
  view: FunctionComponent<SidebarProps<S>>,
): void {
  const root = document.getElementById('app');
  if (!root) return;
  const locale = localeFrom(document.documentElement.lang);
  render(<p>{t(locale, 'addon.loading')}</p>, root);
  load().then(
    (first) => render(<Shown first={first} view={view} />, root),
    (error: unknown) => render(<p class="error">{failedText(locale, error)}</p>, root),
  );
}
