/**
 * What a sidebar shows while and after it asks the server for something: the buttons wait, and the
 * answer or the failure is one status line in words (read out by screen readers, role=status).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n/sidebar-strings';
import type { Locale } from '../../shared/messages';
import { type FormValues, formValues } from './form-values';

/** One line saying how the last action went. */
export interface Status {
  tone: 'ok' | 'error';
  text: string;
}

/** A failed server call (the network, a timeout, an exception in Apps Script) in the user's words. */
export function failedText(locale: Locale, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return t(locale, 'addon.failed', { message });
}

/** A server answer that says itself whether it worked (saved, or refused and why). */
function answerStatus(answer: { ok: boolean; message: string }): Status {
  return { tone: answer.ok ? 'ok' : 'error', text: answer.message };
}

/**
 * `run(call, then)`: buttons wait while `call` runs; a failure lands in `status`, in words.
 * `submit(call)`: the same for a call whose answer says itself whether it worked.
 */
export function useServerAction(locale: Locale) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const run = <T,>(call: () => Promise<T>, then: (answer: T) => void) => {
    setBusy(true);
    call()
      .then(then, (error: unknown) => setStatus({ tone: 'error', text: failedText(locale, error) }))
      .finally(() => setBusy(false));
  };
  const submit = (call: () => Promise<{ ok: boolean; message: string }>) =>
    run(call, (answer) => setStatus(answerStatus(answer)));
  return { busy, status, setStatus, run, submit };
}

/** The status line; empty until an action has an answer. */
export function StatusLine(props: { status: Status | null }) {
  return (
    <p role="status" class={props.status?.tone}>
      {props.status?.text}
    </p>
  );
}

/** A button that hands the current values of its form to `onPress`. */
export function FormButton(props: {
  primary?: boolean;
  busy: boolean;
  onPress(values: FormValues): void;
  children: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class={props.primary ? 'primary' : undefined}
      disabled={props.busy}
      onClick={(event) => props.onPress(formValues(event.currentTarget.form))}
    >
      {props.children}
    </button>
  );
}

/** The end of a form: its main button, then the status line for what pressing it did. */
export function ActionRow(props: {
  label: string;
  busy: boolean;
  status: Status | null;
  onPress(values: FormValues): void;
}) {
  return (
    <>
      <FormButton primary busy={props.busy} onPress={props.onPress}>
        {props.label}
      </FormButton>
      <StatusLine status={props.status} />
    </>
  );
}
