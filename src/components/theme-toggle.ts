/**
 * <theme-toggle>: a button that cycles the colour theme system → light → dark → system. The choice is saved in
 * localStorage and applied as `data-theme` on <html> (read back before the first paint by ThemeScript.astro).
 * Its labels come from data attributes written by ThemeToggle.astro, so the strings stay in the dictionaries.
 */
const storageKey = 'vitrine-theme';
const choices = ['system', 'light', 'dark'] as const;
type Choice = (typeof choices)[number];

function savedChoice(): Choice {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function applyChoice(choice: Choice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, choice);
  } catch {
    // Private browsing may forbid storage: the theme still applies to this page.
  }
}

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    this.show(savedChoice(), button);
    button.addEventListener('click', () => {
      const current = (this.dataset.choice as Choice | undefined) ?? 'system';
      const next = choices[(choices.indexOf(current) + 1) % choices.length]!;
      applyChoice(next);
      this.show(next, button);
    });
  }

  private show(choice: Choice, button: HTMLButtonElement): void {
    this.dataset.choice = choice;
    const label = this.dataset[`label${choice[0]!.toUpperCase()}${choice.slice(1)}`] ?? choice;
    button.setAttribute('aria-label', label);
    button.title = label;
  }
}

if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
