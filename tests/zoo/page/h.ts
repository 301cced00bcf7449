/**
 * A tiny element builder for the simulated pages. Handlers are attached as listeners, never
 * as attributes, so nothing in the markup tells an extension which control does what.
 */
export type Child = Node | string | null | undefined | false | Child[];
export type Props = {
  on?: Record<string, (event: Event) => void>;
  html?: string;
  [name: string]: unknown;
};

export function h(tag: string, props: Props | null = null, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (
      name === 'on' ||
      name === 'html' ||
      value === null ||
      value === undefined ||
      value === false
    )
      continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props?.on ?? {}))
    element.addEventListener(type, handler);
  if (props?.html) element.innerHTML = props.html;
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children.flat(8 as 1) as Child[]) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Markup from a trusted string (icon SVGs as the kits ship them). */
export function raw(html: string): Node {
  const template = document.createElement('template');
  template.innerHTML = html.trim();
  return template.content.childElementCount === 1 && template.content.firstElementChild
    ? template.content.firstElementChild
    : template.content;
}

/** CSS-in-JS style hashed class names (emotion `css-1x2y3z`, styled-components `sc-aXZVg`), new per page load. */
export function hashed(prefix: string, name: string): string {
  const salt = (window as unknown as { __zooSalt?: number }).__zooSalt ?? 0;
  let hash = 5381 + salt;
  for (const char of name) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return `${prefix}-${hash.toString(36).slice(0, 6)}`;
}

export function style(css: string): void {
  document.head.appendChild(h('style', null, css));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads and removes the page's config script: it holds secrets a real page would not show. */
export function readConfig<T>(): T {
  const script = document.getElementById('zoo-config');
  if (!script?.textContent) throw new Error('zoo page without #zoo-config');
  script.remove();
  return JSON.parse(script.textContent) as T;
}
