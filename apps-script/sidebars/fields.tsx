/**
 * The sidebars' form parts: a field with its label above (and a hint below), a ticked choice with its
 * label beside it, and the form that holds them. Text goes in as text, never as HTML: a key result
 * title or a coach name holding markup is shown as written.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/** A control named by the label above it; `hint` (id `<id>-hint`) explains it below. */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  children: ComponentChildren;
}) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint !== undefined && (
        <p class="reason" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

/** A checkbox with its words beside it; ticked at first when `checked`. */
export function CheckField(props: {
  id: string;
  name: string;
  value?: string;
  checked: boolean;
  children: ComponentChildren;
}) {
  return (
    <label class="check" for={props.id}>
      <input
        type="checkbox"
        id={props.id}
        name={props.name}
        value={props.value}
        defaultChecked={props.checked}
      />
      {props.children}
    </label>
  );
}

/** A number the user types, starting at `value`. */
export function NumberInput(props: { id: string; value: number; min: number; step?: number }) {
  return (
    <input
      id={props.id}
      name={props.id}
      type="number"
      min={props.min}
      step={props.step}
      defaultValue={String(props.value)}
    />
  );
}

/** The form around a sidebar's fields. Enter in a field does not send it: the buttons do. */
export function SidebarForm(props: { children: ComponentChildren }) {
  return <form onSubmit={(event) => event.preventDefault()}>{props.children}</form>;
}

/**
 * A drop-down that starts at `initial` (when given) and then holds what the user chose: redrawing the
 * sidebar (a status line, a busy button) leaves the choice alone.
 */
export function Choice(props: {
  id: string;
  name?: string;
  initial?: string;
  disabled?: boolean;
  onPick?(value: string): void;
  children: ComponentChildren;
}) {
  const select = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    if (select.current && props.initial !== undefined) select.current.value = props.initial;
  }, [props.initial]);
  return (
    <select
      ref={select}
      id={props.id}
      name={props.name}
      disabled={props.disabled}
      onChange={(event) => props.onPick?.(event.currentTarget.value)}
    >
      {props.children}
    </select>
  );
}
