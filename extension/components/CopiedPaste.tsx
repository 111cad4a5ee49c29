/**
 * Where the browser will not let the panel read the clipboard: a box to paste into (Ctrl+V / ⌘V).
 * The pasted text takes the same path as "Clip what I copied" (page title, address, heading).
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n/clipper-strings';
import type { Locale } from '../../shared/messages';

export function CopiedPaste(props: { locale: Locale; onPasted(text: string): void }) {
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div class="paste-box">
      <label for="paste-copied">{t(props.locale, 'clipper.clipboard.pasteBox')}</label>
      <textarea
        id="paste-copied"
        ref={box}
        rows={2}
        onPaste={(event) => {
          const text = event.clipboardData?.getData('text/plain') ?? '';
          if (!text.trim()) return;
          event.preventDefault();
          props.onPasted(text);
        }}
      />
    </div>
  );
}
