/**
 * Colours for charts from the page's own CSS. The server writes colours in a chart's option as CSS, e.g.
 * `var(--lumo-success-color)`, so charts follow the Lumo theme; ECharts draws with plain colours, so each such
 * string is resolved in the browser before ECharts sees it. No imports: Node's test runner checks these rules.
 */

/** Resolves one CSS colour (e.g. `var(--lumo-primary-color)`) to a colour ECharts understands, e.g. `rgb(...)`. */
export type ColourOf = (css: string) => string;

const CSS_VARIABLE = /^var\(--[\w-]+\)$/;

/** A copy of the option in which every string that is a CSS variable, at any depth, is resolved. */
export function resolveColours<T>(option: T, colourOf: ColourOf): T {
  if (typeof option === 'string') {
    return (CSS_VARIABLE.test(option.trim()) ? colourOf(option.trim()) : option) as T;
  }
  if (Array.isArray(option)) {
    return option.map((item) => resolveColours(item, colourOf)) as T;
  }
  if (option !== null && typeof option === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(option)) copy[key] = resolveColours(value, colourOf);
    return copy as T;
  }
  return option;
}

/** The Lumo look for ECharts: its font, text colours and quiet lines, no animation. */
export function lumoTheme(colourOf: ColourOf, fontFamily: string): Record<string, unknown> {
  const text = colourOf('var(--lumo-body-text-color)');
  const secondary = colourOf('var(--lumo-secondary-text-color)');
  const line = colourOf('var(--lumo-contrast-20pct)');
  const faint = colourOf('var(--lumo-contrast-10pct)');
  const axis = {
    axisLine: { lineStyle: { color: line } },
    axisTick: { show: false },
    axisLabel: { color: secondary },
    splitLine: { lineStyle: { color: faint } },
    nameTextStyle: { color: secondary },
  };
  return {
    color: ['--lumo-primary-color', '--lumo-success-color', '--lumo-warning-color', '--lumo-error-color']
      .map((name) => colourOf(`var(${name})`)),
    backgroundColor: 'transparent',
    textStyle: { fontFamily, color: text },
    legend: { textStyle: { color: secondary } },
    categoryAxis: { ...axis, splitLine: { show: false } },
    valueAxis: { ...axis, axisLine: { show: false } },
    tooltip: {
      backgroundColor: colourOf('var(--lumo-base-color)'),
      borderColor: line,
      textStyle: { color: text, fontFamily },
    },
  };
}
