/**
 * A sidebar's fields are read when a button is pressed, as the user left them: the form keeps what
 * was typed, ticked or chosen, and nothing is mirrored into state on every keystroke.
 */

/** The named values of a form at one moment. */
export interface FormValues {
  /** The field's text, '' when absent or empty. */
  text(name: string): string;
  /** Every ticked value of the checkboxes sharing `name`, in the order shown. */
  all(name: string): string[];
  /** Whether the checkbox `name` is ticked. */
  ticked(name: string): boolean;
}

/** Reads `form` (a button's `form`); no form reads as empty. */
export function formValues(form: HTMLFormElement | null): FormValues {
  const data = form ? new FormData(form) : new FormData();
  return {
    text: (name) => String(data.get(name) ?? ''),
    all: (name) => data.getAll(name).map(String),
    ticked: (name) => data.has(name),
  };
}
