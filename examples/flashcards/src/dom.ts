/** Finds a required element by its `data-testid`, with the expected element type. */
export function byTestId<T extends HTMLElement>(
  testId: string,
  type: abstract new () => T,
  root: ParentNode = document,
): T {
  const element = root.querySelector(`[data-testid="${testId}"]`);
  if (!(element instanceof type)) {
    throw new Error(`Missing element [data-testid="${testId}"] (${type.name}).`);
  }
  return element;
}

/** Replaces a list's items with one `<li>` per text. */
export function fillList(list: HTMLUListElement, items: readonly string[]): void {
  list.replaceChildren(
    ...items.map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }),
  );
}
