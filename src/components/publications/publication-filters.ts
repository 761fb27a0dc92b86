/**
 * <publication-filters>: on the full publication list, the filter links (which lead to static filter pages
 * without JavaScript) become toggles that filter the list in place. Filters combine (type AND person AND
 * year); the choice is kept in the query string (`?kind=journal&person=x&year=2013`) so that it survives a
 * reload and can be shared. Items carry `data-kind`, `data-people` and `data-year` (PublicationItem.astro); the
 * authors who are people of the site carry `data-person` (AuthorList.astro).
 */
const DIMENSIONS = ['kind', 'person', 'year'] as const;
type Dimension = (typeof DIMENSIONS)[number];
type State = Partial<Record<Dimension, string>>;

function readState(search: string): State {
  const params = new URLSearchParams(search);
  const state: State = {};
  for (const d of DIMENSIONS) {
    const value = params.get(d);
    if (value) state[d] = value;
  }
  return state;
}

function matches(item: HTMLElement, state: State): boolean {
  const people = (item.dataset.people ?? '').split(' ');
  return (
    (state.kind === undefined || item.dataset.kind === state.kind) &&
    (state.year === undefined || item.dataset.year === state.year) &&
    (state.person === undefined || people.includes(state.person))
  );
}

class PublicationFilters extends HTMLElement {
  private state: State = {};

  connectedCallback(): void {
    if (!this.hasAttribute('data-interactive')) return;
    this.state = readState(location.search);
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter]');
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const dimension = link.dataset.filter as Dimension;
      const value = link.dataset.value ?? '';
      if (value === '' || this.state[dimension] === value) delete this.state[dimension];
      else this.state[dimension] = value;
      this.apply(true);
    });
    this.apply(false);
  }

  private apply(remember: boolean): void {
    const items = [...document.querySelectorAll<HTMLElement>('.publication-list .publication')];
    let shown = 0;
    for (const item of items) {
      const visible = matches(item, this.state);
      item.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('.publication-list [data-year-group]')) {
      group.hidden = !group.querySelector('.publication:not([hidden])');
    }
    // The person filtered by stands out in every author list.
    for (const author of document.querySelectorAll<HTMLElement>('.publication-list [data-person]')) {
      author.classList.toggle('author-selected', author.dataset.person === this.state.person);
    }
    const filtering = DIMENSIONS.some((d) => this.state[d] !== undefined);
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-filter]')) {
      const dimension = link.dataset.filter as Dimension;
      const selected = (link.dataset.value ?? '') === (this.state[dimension] ?? '');
      if (selected) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    const status = this.querySelector('.filter-status');
    if (status) {
      const template = this.dataset.countTemplate ?? '{count}/{total}';
      status.textContent = filtering ? template.replace('{count}', String(shown)).replace('{total}', this.dataset.total ?? String(items.length)) : '';
    }
    if (remember) {
      const params = new URLSearchParams();
      for (const d of DIMENSIONS) if (this.state[d] !== undefined) params.set(d, this.state[d]!);
      const query = params.toString();
      history.replaceState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
    }
  }
}

if (!customElements.get('publication-filters')) customElements.define('publication-filters', PublicationFilters);
