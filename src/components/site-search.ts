/**
 * <site-search>: loads Pagefind's UI (written into dist/pagefind/ by `pagefind --site dist` after the build)
 * on the search page only, and runs the query passed as `?q=` by the header's search form.
 * The bundle's URL carries the base (data-bundle), and result links get it through `baseUrl`.
 */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

function loadStylesheet(href: string): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

class SiteSearch extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const bundle = this.dataset.bundle ?? '/pagefind/';
    const target = this.querySelector<HTMLElement>('[data-search-target]');
    if (!target) return;
    loadStylesheet(`${bundle}pagefind-ui.css`);
    try {
      await loadScript(`${bundle}pagefind-ui.js`);
    } catch {
      // The index only exists after `npm run build` (not under `astro dev`): say so instead of failing silently.
      this.querySelector<HTMLElement>('[data-search-unavailable]')?.removeAttribute('hidden');
      return;
    }
    const PagefindUI = (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
    const ui = new PagefindUI({
      element: target,
      bundlePath: bundle,
      baseUrl: this.dataset.base ?? '/',
      showImages: false,
      showSubResults: true,
      autofocus: true,
    });
    // Pagefind labels its input with aria-label only; tie it to our visible <label> instead.
    const input = target.querySelector<HTMLInputElement>('input');
    const label = this.querySelector<HTMLLabelElement>('label[data-search-label]');
    if (input && label) {
      input.id = label.htmlFor;
      input.removeAttribute('aria-label');
      input.removeAttribute('title');
      label.hidden = false;
    }
    const query = new URLSearchParams(window.location.search).get('q')?.trim();
    if (query) ui.triggerSearch(query);
    this.dataset.ready = '';
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
