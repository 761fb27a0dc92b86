/**
 * <copy-bibtex>: shows the copy button (hidden without JavaScript) and copies the BibTeX shown in the <pre>,
 * exactly as displayed, to the clipboard. The outcome is announced in a status line.
 */
class CopyBibtex extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('.copy-button');
    const source = this.querySelector('pre');
    const status = this.querySelector('.copy-status');
    if (!button || !source || !status) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.textContent ?? '');
        status.textContent = this.dataset.copied ?? '';
      } catch {
        // No clipboard permission (or an insecure context): select the text so the reader can copy it.
        const range = document.createRange();
        range.selectNodeContents(source);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        status.textContent = this.dataset.failed ?? '';
      }
    });
  }
}

if (!customElements.get('copy-bibtex')) customElements.define('copy-bibtex', CopyBibtex);
