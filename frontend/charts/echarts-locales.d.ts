// ECharts ships its locales as plain objects without type declarations
declare module 'echarts/i18n/langDE-obj.js' {
  const lang: Record<string, unknown>;
  export default lang;
}
