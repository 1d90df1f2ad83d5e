/** The curator's lanes and unit marks; like the annotator, it renders into the light DOM, so styles go in once. */
const CSS = `
slant-curator .sc-lanes { flex: none; max-height: 42%; display: flex; flex-direction: column; min-height: 6rem;
  border-top: 2px solid var(--lumo-contrast-10pct); margin-top: var(--lumo-space-s); padding-top: var(--lumo-space-xs);
  outline: none; }
slant-curator .sc-lanes:focus-visible { box-shadow: inset 0 0 0 2px var(--lumo-primary-color-50pct); }
slant-curator .sc-head { display: flex; flex-wrap: wrap; align-items: center; gap: var(--lumo-space-xs) var(--lumo-space-m);
  font-size: var(--lumo-font-size-s); padding: 0 var(--lumo-space-s) var(--lumo-space-xs); }
slant-curator .sc-head select { font: inherit; }
slant-curator .sc-summary { color: var(--lumo-secondary-text-color); }
slant-curator .sc-agreed-count { color: var(--lumo-success-text-color); }
slant-curator .sc-open-count { color: #b45309; font-weight: 600; }
slant-curator .sc-keys { color: var(--lumo-tertiary-text-color); font-size: var(--lumo-font-size-xs); }
slant-curator .sc-scroll { overflow: auto; min-height: 0; }
slant-curator .sc-empty { color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); margin: var(--lumo-space-s); }
slant-curator .sc-table { border-collapse: collapse; width: 100%; font-size: var(--lumo-font-size-s); }
slant-curator .sc-table th { position: sticky; top: 0; background: var(--lumo-base-color); text-align: left; font-weight: 600;
  border-bottom: 1px solid var(--lumo-contrast-20pct); padding: 0.2rem 0.4rem; white-space: nowrap; z-index: 1; }
slant-curator .sc-table td { border-bottom: 1px solid var(--lumo-contrast-10pct); padding: 0.15rem 0.4rem; vertical-align: top; }
slant-curator .sc-unit { cursor: pointer; }
slant-curator .sc-unit[data-state=open] td:first-child { box-shadow: inset 4px 0 0 #f59e0b; }
slant-curator .sc-unit[data-state=agreed] td:first-child { box-shadow: inset 4px 0 0 var(--lumo-success-color-50pct); }
slant-curator .sc-unit[data-state=settled] td:first-child { box-shadow: inset 4px 0 0 var(--lumo-contrast-20pct); }
slant-curator .sc-unit[data-state=settled] { color: var(--lumo-secondary-text-color); }
slant-curator .sc-unit.current { background: var(--lumo-primary-color-10pct); }
slant-curator .sc-unit:hover { background: var(--lumo-contrast-5pct); }
slant-curator .sc-n { width: 2.5rem; color: var(--lumo-tertiary-text-color); font-variant-numeric: tabular-nums; }
slant-curator .sc-quote { font-family: Georgia, 'Times New Roman', serif; min-width: 11rem; max-width: 22rem; }
slant-curator .sc-gold-col { background: rgba(250, 204, 21, 0.08); }
slant-curator .sc-chip { display: inline-flex; align-items: center; gap: 0.25rem; margin: 1px 0.35rem 1px 0; white-space: nowrap; }
slant-curator .sc-chip.taken { opacity: 0.65; }
slant-curator .sc-bounds { color: var(--lumo-secondary-text-color); font-style: italic; white-space: normal; }
slant-curator .sc-none { color: var(--lumo-tertiary-text-color); }
slant-curator .sc-take, slant-curator .sc-all { font: inherit; font-size: var(--lumo-font-size-xs); cursor: pointer;
  border: 1px solid var(--lumo-contrast-20pct); border-radius: var(--lumo-border-radius-s); background: var(--lumo-base-color);
  padding: 0 0.3rem; color: var(--lumo-body-text-color); }
slant-curator .sc-take:hover, slant-curator .sc-all:hover { border-color: var(--lumo-primary-color); color: var(--lumo-primary-text-color); }
slant-curator .sc-in-gold { color: var(--lumo-success-text-color); }
::highlight(sc-agreed) { text-decoration: underline 2px rgba(22, 163, 74, 0.75); text-underline-offset: 0.28em; }
::highlight(sc-open) { text-decoration: underline wavy 1.5px rgba(234, 88, 12, 0.85); text-underline-offset: 0.28em; }
::highlight(sc-current) { background-color: rgba(251, 191, 36, 0.28); }
`;

let installed = false;

export function installCurationStyles(): void {
  if (installed) return;
  installed = true;
  const style = document.createElement('style');
  style.dataset.slant = 'curator';
  style.textContent = CSS;
  document.head.append(style);
}
