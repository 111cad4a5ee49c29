/**
 * Tiny DOM helpers for the sidebars. Text always goes in as text nodes, never as HTML, so a key
 * result title or a coach name holding markup is shown as written.
 */
export type Child = Node | string | null | false | undefined;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean | ((e: Event) => void)> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'function')
      node.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (typeof value === 'boolean') {
      if (value) node.setAttribute(key, '');
    } else node.setAttribute(key, value);
  }
  for (const child of children)
    if (child) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

/** Replaces the sidebar's content. */
export function render(...children: Child[]): void {
  const root = document.getElementById('app') as HTMLElement;
  root.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
}

export function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const node = el('option', { value }, label);
  node.selected = selected;
  return node;
}
