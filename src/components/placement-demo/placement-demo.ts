/**
 * <placement-demo>: the live placement demo's custom element. This file stays tiny: the editor (CodeMirror),
 * the script parser and the solver worker load only when the demo is about to be used — when it scrolls into
 * view, or on the first focus or pointer press inside it — so pages pay for them only if they have a demo.
 */
class PlacementDemo extends HTMLElement {
  #started = false;
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    const start = () => this.#start();
    this.addEventListener('focusin', start, { once: true });
    this.addEventListener('pointerdown', start, { once: true });
    if ('IntersectionObserver' in window) {
      this.#observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) start();
      }, { rootMargin: '200px' });
      this.#observer.observe(this);
    } else start();
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  #start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#observer?.disconnect();
    this.dataset.loading = '';
    import('./app.ts')
      .then(({ start }) => start(this))
      .catch((error: unknown) => {
        const status = this.querySelector('[data-status]');
        // The message template comes from the page's dictionary (data-load-error), with a {message} slot.
        const message = error instanceof Error ? error.message : String(error);
        if (status) status.textContent = (this.dataset.loadError ?? '{message}').replace('{message}', message);
      })
      .finally(() => delete this.dataset.loading);
  }
}

if (!customElements.get('placement-demo')) customElements.define('placement-demo', PlacementDemo);
