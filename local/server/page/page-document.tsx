/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (so tsx and esbuild compile this JSX for Preact from any folder, not only beside tsconfig.json)
/**
 * The page local mode serves at GET /: the Dashboard and Summary tabs of the workbook, one after the
 * other under a sticky tab bar, with a footer saying where they come from. Rendered to a string by
 * Preact, which escapes every text and attribute.
 */
import { renderToString } from 'preact-render-to-string';
import type { Layout } from '../../../shared/layout';
import type { Locale } from '../../../shared/messages';
import { LayoutView } from './layout-view';
import { PAGE_CSS } from './page-style';

/** One section of the page: a generated tab, or paragraphs saying why there is none. */
export interface PageSection {
  id: string;
  title: string;
  content: Layout | string[];
}

/** What the page shows. */
export interface PageInput {
  title: string;
  locale: Locale;
  sections: PageSection[];
  footer: string;
}

/** The whole document as HTML, doctype included. */
export function renderPage(input: PageInput): string {
  return `<!doctype html>\n${renderToString(<PageDocument {...input} />)}`;
}

function PageDocument({ title, locale, sections, footer }: PageInput) {
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="refresh" content="60" />
        <title>{title}</title>
        {/* A constant of this file, never user text: set as is so that CSS selectors keep their ">". */}
        <style dangerouslySetInnerHTML={{ __html: PAGE_CSS }} />
      </head>
      <body>
        <header>
          <h1>{title}</h1>
          <nav>
            {sections.map((s) => (
              <a key={s.id} href={`#${s.id}`}>
                {s.title}
              </a>
            ))}
          </nav>
        </header>
        <main>
          {sections.map((s) => (
            <section key={s.id} id={s.id}>
              <h2>{s.title}</h2>
              {Array.isArray(s.content) ? (
                s.content.map((text, i) => <p key={i}>{text}</p>)
              ) : (
                <LayoutView layout={s.content} locale={locale} />
              )}
            </section>
          ))}
        </main>
        <footer>{footer}</footer>
      </body>
    </html>
  );
}
