/**
 * The annotator renders into the light DOM (so the page's selection, find-in-page and the CSS Highlight API see the
 * article's text), so its styles go into the document once.
 */
const CSS = `
:is(slant-annotator, slant-curator, slant-story-column) { display: flex; flex-direction: column; min-height: 0; height: 100%; font-family: var(--lumo-font-family); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-main { display: flex; flex: 1; min-height: 0; gap: var(--lumo-space-m); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-palette { width: 15rem; flex: none; overflow-y: auto; padding-right: var(--lumo-space-s);
  border-right: 1px solid var(--lumo-contrast-10pct); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-status { display: flex; align-items: center; gap: var(--lumo-space-s); min-height: 2rem;
  font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color); margin-bottom: var(--lumo-space-s); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-status[data-state=failed], :is(slant-annotator, slant-curator, slant-story-column) .sa-status[data-state=offline],
:is(slant-annotator, slant-curator, slant-story-column) .sa-status[data-state=signed-out], :is(slant-annotator, slant-curator, slant-story-column) .sa-status[data-state=waiting] {
  color: var(--lumo-error-text-color); font-weight: 600; flex-wrap: wrap; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-readonly { font-size: var(--lumo-font-size-s); color: var(--lumo-success-text-color);
  background: var(--lumo-success-color-10pct); border-radius: var(--lumo-border-radius-m);
  padding: var(--lumo-space-xs) var(--lumo-space-s); margin-bottom: var(--lumo-space-s); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-label:disabled { cursor: default; opacity: 0.6; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-status[data-state=saving] { color: var(--lumo-primary-text-color); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-status button, :is(slant-annotator, slant-curator, slant-story-column) .sa-tools button { font: inherit; font-size: var(--lumo-font-size-s);
  border: 1px solid var(--lumo-contrast-20pct); border-radius: var(--lumo-border-radius-m); background: var(--lumo-base-color);
  padding: 0.1rem 0.5rem; cursor: pointer; color: var(--lumo-body-text-color); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-tools button:disabled { opacity: 0.45; cursor: default; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-tools { display: flex; flex-wrap: wrap; gap: var(--lumo-space-xs); margin-bottom: var(--lumo-space-s); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-message { font-size: var(--lumo-font-size-s); color: var(--lumo-error-text-color);
  background: var(--lumo-error-color-10pct); border-radius: var(--lumo-border-radius-m); padding: var(--lumo-space-xs) var(--lumo-space-s);
  margin-bottom: var(--lumo-space-s); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-layer { margin-bottom: var(--lumo-space-m); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-layer header { display: flex; align-items: center; gap: var(--lumo-space-xs); font-weight: 600;
  font-size: var(--lumo-font-size-s); text-transform: uppercase; letter-spacing: 0.03em; color: var(--lumo-secondary-text-color);
  margin-bottom: var(--lumo-space-xs); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-layer header label { display: flex; align-items: center; gap: var(--lumo-space-xs); cursor: pointer; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-layer.hidden .sa-label { opacity: 0.4; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-label { display: flex; align-items: center; gap: var(--lumo-space-s); width: 100%; text-align: left;
  font: inherit; font-size: var(--lumo-font-size-s); padding: 0.2rem 0.4rem; margin: 1px 0; border: 1px solid transparent;
  border-radius: var(--lumo-border-radius-m); background: none; cursor: pointer; color: var(--lumo-body-text-color); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-label:hover, :is(slant-annotator, slant-curator, slant-story-column) .sa-label:focus-visible { background: var(--lumo-contrast-5pct); border-color: var(--lumo-contrast-20pct); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-label.current { border-color: var(--lumo-primary-color); background: var(--lumo-primary-color-10pct); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-swatch { width: 0.8rem; height: 0.8rem; border-radius: 3px; flex: none; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-label .sa-name { flex: 1; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-count { color: var(--lumo-tertiary-text-color); font-variant-numeric: tabular-nums; }
:is(slant-annotator, slant-curator, slant-story-column) kbd { font-family: var(--lumo-font-family); font-size: 0.75rem; min-width: 1.1rem; text-align: center;
  border: 1px solid var(--lumo-contrast-30pct); border-bottom-width: 2px; border-radius: 4px; padding: 0 0.25rem;
  color: var(--lumo-secondary-text-color); background: var(--lumo-base-color); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-hints { font-size: var(--lumo-font-size-xs); color: var(--lumo-tertiary-text-color); line-height: 1.6; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-text { flex: 1; overflow-y: auto; padding: var(--lumo-space-s) var(--lumo-space-l) var(--lumo-space-xl);
  font-family: Georgia, 'Times New Roman', serif; font-size: 1.12rem; line-height: 2.15; color: var(--lumo-body-text-color);
  outline: none; border-radius: var(--lumo-border-radius-m); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-text:focus-visible { box-shadow: inset 0 0 0 2px var(--lumo-primary-color-50pct); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-chunk { white-space: pre-wrap; overflow-wrap: break-word; max-width: 46rem;
  content-visibility: auto; contain-intrinsic-size: auto 2.2em; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-seg { -webkit-box-decoration-break: clone; box-decoration-break: clone; border-radius: 2px; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-seg.sa-has { cursor: pointer; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-seg.sa-unsaved { opacity: 0.75; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-seg.sa-failed { outline: 1px dashed var(--lumo-error-color); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-tip { position: fixed; z-index: 1000; pointer-events: none; max-width: 22rem;
  background: var(--lumo-base-color); color: var(--lumo-body-text-color); box-shadow: var(--lumo-box-shadow-m);
  border: 1px solid var(--lumo-contrast-10pct); border-radius: var(--lumo-border-radius-m); padding: var(--lumo-space-s);
  font-size: var(--lumo-font-size-s); line-height: 1.45; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-tip .sa-tip-span + .sa-tip-span { margin-top: var(--lumo-space-s); padding-top: var(--lumo-space-s);
  border-top: 1px solid var(--lumo-contrast-10pct); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-tip .sa-tip-head { display: flex; align-items: center; gap: var(--lumo-space-xs); font-weight: 600; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-tip .sa-tip-layer { color: var(--lumo-secondary-text-color); font-weight: 400; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-tip dl { margin: 0.2rem 0 0; display: grid; grid-template-columns: auto 1fr; gap: 0 var(--lumo-space-s); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-tip dt { color: var(--lumo-secondary-text-color); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-tip dd { margin: 0; overflow-wrap: anywhere; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-tip .sa-tip-who { color: var(--lumo-tertiary-text-color); font-size: var(--lumo-font-size-xs); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-suggestions header { justify-content: space-between; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-swatch { background: none; border: 2px dashed var(--lumo-contrast-50pct);
  box-sizing: border-box; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-pop { position: fixed; z-index: 1001; width: 19rem; max-width: calc(100vw - 1rem);
  background: var(--lumo-base-color); color: var(--lumo-body-text-color); box-shadow: var(--lumo-box-shadow-m);
  border: 1px solid var(--lumo-contrast-20pct); border-radius: var(--lumo-border-radius-m); padding: var(--lumo-space-s);
  font-size: var(--lumo-font-size-s); line-height: 1.45; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-item + .sa-sg-item { margin-top: var(--lumo-space-s); padding-top: var(--lumo-space-s);
  border-top: 1px solid var(--lumo-contrast-10pct); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-pop .sa-tip-head { display: flex; align-items: center; gap: var(--lumo-space-xs); font-weight: 600; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-pop .sa-tip-layer { color: var(--lumo-secondary-text-color); font-weight: 400; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-quote { font-family: Georgia, 'Times New Roman', serif; margin: 0.15rem 0;
  overflow-wrap: anywhere; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-pop dl { margin: 0.1rem 0; display: grid; grid-template-columns: auto 1fr; gap: 0 var(--lumo-space-s); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-pop dt { color: var(--lumo-secondary-text-color); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-pop dd { margin: 0; overflow-wrap: anywhere; }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-why { color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-xs); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-actions { display: flex; gap: var(--lumo-space-xs); margin-top: var(--lumo-space-xs); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-actions button { font: inherit; border: 1px solid var(--lumo-contrast-20pct);
  border-radius: var(--lumo-border-radius-m); background: var(--lumo-base-color); padding: 0.1rem 0.6rem; cursor: pointer;
  color: var(--lumo-body-text-color); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-actions .sa-sg-accept { background: var(--lumo-primary-color);
  border-color: var(--lumo-primary-color); color: var(--lumo-primary-contrast-color); }
:is(slant-annotator, slant-curator, slant-story-column) .sa-sg-actions .sa-sg-accept kbd { background: none; color: inherit; border-color: currentColor; }
::highlight(sa-sg-current) { background-color: rgba(120, 120, 120, 0.2); }
::highlight(sa-pending) { background-color: rgba(255, 196, 0, 0.55); }
::highlight(sa-focus) { background-color: rgba(40, 110, 255, 0.22); }
`;

let installed = false;

export function installStyles(): void {
  if (installed) return;
  installed = true;
  const style = document.createElement('style');
  style.dataset.slant = 'annotator';
  style.textContent = CSS;
  document.head.append(style);
}
