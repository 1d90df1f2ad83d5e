/**
 * The numbers ECharts writes itself (a heatmap's cells, value axes, tooltips) as the reader's locale writes them:
 * 0.667 or 0,667. Labels the server wrote (bars, legends) are left as they are.
 */
export function localNumbers<T extends object>(option: T, locale: string): T {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const number = (value: unknown): string => (typeof value === 'number' ? format.format(value) : String(value ?? ''));
  const local = option as Record<string, unknown>;
  const series = ([] as Record<string, unknown>[]).concat((local.series ?? []) as Record<string, unknown>[]);
  for (const one of series) {
    const label = one.label as Record<string, unknown> | undefined;
    if (one.type === 'heatmap' && label?.show && label.formatter === undefined) {
      label.formatter = (cell: { value: unknown[] }) => number(cell.value[2]);
    }
  }
  for (const axis of ['xAxis', 'yAxis']) {
    for (const one of ([] as Record<string, unknown>[]).concat((local[axis] ?? []) as Record<string, unknown>[])) {
      if (one.type !== 'value') continue;
      const axisLabel = (one.axisLabel ?? {}) as Record<string, unknown>;
      if (axisLabel.formatter === undefined) one.axisLabel = { ...axisLabel, formatter: number };
    }
  }
  if (local.tooltip && typeof local.tooltip === 'object' && !('valueFormatter' in local.tooltip)) {
    (local.tooltip as Record<string, unknown>).valueFormatter = number;
  }
  return option;
}
