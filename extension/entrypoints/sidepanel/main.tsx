/** Side panel (Chrome) / sidebar (Firefox) entry: picks the locale and mounts the app. */
import { render } from 'preact';
import { localeFrom } from '../../../shared/messages';
import { uiLanguage } from '../../browser-api';
import { App } from '../../components/App';
import { runtimeClient } from '../../panel/client';
import './style.css';

const locale = localeFrom(uiLanguage());
document.documentElement.lang = locale;
render(
  <App
    locale={locale}
    welcome={new URLSearchParams(location.search).has('welcome')}
    client={runtimeClient()}
    newId={() => crypto.randomUUID()}
    now={() => new Date()}
  />,
  document.getElementById('app')!,
);
