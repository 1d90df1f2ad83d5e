import { LitElement, css, html, type PropertyValues } from 'lit';
import { init, registerLocale, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import langDE from 'echarts/i18n/langDE-obj.js';
import { BarChart, HeatmapChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { lumoTheme, resolveColours } from './chart-colours';
import { localNumbers } from './local-numbers';

// only what Slant's charts use, so that the bundle carries a fraction of ECharts
use([
  BarChart,
  HeatmapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  AriaComponent,
  SVGRenderer,
]);

// ECharts' own words (its screen-reader description of a chart) in the interface's languages; English is built in
registerLocale('DE', langDE as Parameters<typeof registerLocale>[1]);

/**
 * An Apache ECharts chart. The server gives the whole ECharts option as JSON in the `option` property, with colours
 * as CSS variables (`var(--lumo-success-color)`). The chart fills the element, follows its size, and sets
 * `data-rendered="true"` once it has been drawn (tests and benchmarks wait for it). Drawn as SVG: crisp at any zoom,
 * and its bars are elements a test can find.
 */
export class SlantChart extends LitElement {
  static properties = { option: { type: String }, locale: { type: String } };

  static styles = css`
    :host { display: block; position: relative; min-height: 8rem; }
    .chart { position: absolute; inset: 0; }
  `;

  declare option: string;
  /** The reader's locale as a BCP 47 tag (en-GB, de-DE): ECharts' words and the numbers it writes follow it. */
  declare locale: string;

  /** Time spent drawing so far (ms): ECharts set up, given the option and rendered; for the benchmark. */
  drawMillis = 0;

  private chart: ECharts | null = null;
  private readonly resizes = new ResizeObserver(() => this.followSize());
  private resizeFrame = 0;

  constructor() {
    super();
    this.option = '';
    this.locale = 'en-GB';
  }

  render() {
    return html`<div class="chart"></div><span class="probe" hidden></span>`;
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.resizes.observe(this);
    // back in the page after Vaadin moved it: the chart was let go when it left
    if (this.hasUpdated) this.draw();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
    cancelAnimationFrame(this.resizeFrame);
    this.chart?.dispose();
    this.chart = null;
  }

  protected updated(changed: PropertyValues): void {
    if (changed.has('locale') && this.chart) {
      // ECharts takes its locale only when it is made
      this.chart.dispose();
      this.chart = null;
    }
    if (changed.has('option') || changed.has('locale')) this.draw();
  }

  private draw(): void {
    if (!this.option) return;
    const began = performance.now();
    this.removeAttribute('data-rendered');
    if (!this.chart) {
      const container = this.renderRoot.querySelector('.chart') as HTMLElement;
      const font = getComputedStyle(this).fontFamily;
      const echartsLocale = this.locale.toLowerCase().startsWith('de') ? 'DE' : 'EN';
      this.chart = init(container, lumoTheme(this.colourOf, font), { renderer: 'svg', locale: echartsLocale });
      this.chart.on('finished', () => this.setAttribute('data-rendered', 'true'));
    }
    const option = localNumbers(resolveColours(JSON.parse(this.option) as EChartsCoreOption, this.colourOf),
      this.locale);
    this.chart.setOption({ animation: false, ...option }, { notMerge: true });
    this.drawMillis += performance.now() - began;
  }

  private followSize(): void {
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => this.chart?.resize());
  }

  /** The colour a CSS value gives here, as the browser computes it (Lumo's light-dark() included). */
  private readonly colourOf = (value: string): string => {
    const probe = this.renderRoot.querySelector('.probe') as HTMLElement;
    probe.style.color = '';
    probe.style.color = value;
    return getComputedStyle(probe).color;
  };
}

customElements.define('slant-chart', SlantChart);

declare global {
  interface HTMLElementTagNameMap {
    'slant-chart': SlantChart;
  }
}
