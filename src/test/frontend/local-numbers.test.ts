// Run by the build (FrontendUnitTest) with Node's own test runner, outside frontend/ so Vaadin's type check skips it
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localNumbers } from '../../../frontend/charts/local-numbers.ts';

type Formatter = (value: unknown) => string;

function heatmap() {
  return {
    tooltip: { position: 'top' },
    xAxis: { type: 'category', data: ['a', 'b'] },
    yAxis: [{ type: 'value' }, { type: 'value', axisLabel: { formatter: '{value} %' } }],
    series: [{ type: 'heatmap', data: [[0, 1, 0.667], [1, 0, -0.5]], label: { show: true } }],
  };
}

test('a heatmap cell, a value axis and a tooltip write their numbers as the reader does', () => {
  const german = localNumbers(heatmap(), 'de-DE');
  const cell = (german.series[0].label as unknown as { formatter: (cell: { value: unknown[] }) => string }).formatter;
  assert.equal(cell({ value: [0, 1, 0.667] }), '0,667');
  assert.equal(cell({ value: [1, 0, -0.5] }), '-0,5');
  assert.equal(cell({ value: [1, 0, '-'] }), '-');
  assert.equal(((german.yAxis[0] as Record<string, unknown>).axisLabel as { formatter: Formatter }).formatter(1234.5),
    '1.234,5');
  assert.equal((german.tooltip as unknown as { valueFormatter: Formatter }).valueFormatter(0.8125), '0,813');

  const english = localNumbers(heatmap(), 'en-GB');
  assert.equal((english.series[0].label as unknown as { formatter: (cell: { value: unknown[] }) => string })
    .formatter({ value: [0, 1, 0.667] }), '0.667');
});

test('what the server formatted itself and category axes are left alone', () => {
  const option = localNumbers(heatmap(), 'de-DE');
  assert.equal(((option.yAxis[1] as Record<string, unknown>).axisLabel as { formatter: string }).formatter, '{value} %');
  assert.equal((option.xAxis as Record<string, unknown>).axisLabel, undefined);
  const bars = localNumbers({ series: [{ type: 'bar', label: { formatter: '0,81' } }] }, 'de-DE');
  assert.equal(bars.series[0].label.formatter, '0,81');
});
