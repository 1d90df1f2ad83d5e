// Run by the build (FrontendUnitTest) with Node's own test runner, outside frontend/ so Vaadin's type check skips it
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lumoTheme, resolveColours } from '../../../frontend/charts/chart-colours.ts';

const colours: Record<string, string> = {
  'var(--lumo-success-color)': 'rgb(21, 132, 67)',
  'var(--lumo-primary-color)': 'rgb(0, 106, 245)',
};
const colourOf = (css: string) => colours[css] ?? `resolved ${css}`;

test('CSS variables are resolved at any depth, other strings and values are kept', () => {
  const option = {
    title: 'Done of k',
    series: [
      { name: 'Done', itemStyle: { color: 'var(--lumo-success-color)' }, data: [1, 2, null] },
      { name: 'In progress', itemStyle: { color: ' var(--lumo-primary-color) ' }, stack: 'all' },
    ],
    legend: { show: true },
    note: 'var(--x) is only resolved when it is the whole string',
  };
  const resolved = resolveColours(option, colourOf);
  assert.equal(resolved.series[0].itemStyle.color, 'rgb(21, 132, 67)');
  assert.equal(resolved.series[1].itemStyle.color, 'rgb(0, 106, 245)');
  assert.deepEqual(resolved.series[0].data, [1, 2, null]);
  assert.equal(resolved.title, 'Done of k');
  assert.equal(resolved.note, option.note);
  assert.equal(resolved.legend.show, true);
  // the option given is left as it was
  assert.equal(option.series[0].itemStyle.color, 'var(--lumo-success-color)');
});

test('the theme takes its colours and font from Lumo', () => {
  const theme = lumoTheme(colourOf, 'Roboto, sans-serif') as Record<string, any>;
  assert.equal(theme.color[0], 'rgb(0, 106, 245)');
  assert.equal(theme.color[1], 'rgb(21, 132, 67)');
  assert.equal(theme.textStyle.fontFamily, 'Roboto, sans-serif');
  assert.equal(theme.textStyle.color, 'resolved var(--lumo-body-text-color)');
  assert.equal(theme.categoryAxis.splitLine.show, false);
  assert.equal(theme.valueAxis.splitLine.lineStyle.color, 'resolved var(--lumo-contrast-10pct)');
});
