/** The report page's own styles (uPlot's stylesheet is inlined before these). */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #f6f8fa; }
header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 20px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 4px; }
.meta, .caption, footer { color: var(--muted); }
.caption { margin: 0 0 8px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 18px; margin: 16px 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 8px 0 0; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; border: 1px solid var(--line); }
.swatch.line { height: 0; border: 0; border-top: 3px solid; border-radius: 0; width: 18px; }
.swatch.dash { border-top-style: dashed; }
.chart { width: 100%; overflow: hidden; }
#phasegate-error { color: #b42318; font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--muted); white-space: nowrap; }
td.when, td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
.action { font-weight: 600; white-space: nowrap; }
footer { padding-bottom: 24px; font-size: 12px; }
.uplot { font-family: inherit; }
.u-legend { font-size: 12px; }
.pg-band { position: absolute; top: 0; bottom: 0; overflow: hidden; }
.pg-band-label { position: absolute; bottom: 2px; left: 4px; font-size: 11px; color: #4b5563; white-space: nowrap; }
.pg-marker { position: absolute; top: -58px; bottom: 0; width: 0; border-left: 2px solid var(--c); pointer-events: none; }
.pg-marker-label { position: absolute; left: 4px; color: var(--c); background: rgba(255, 255, 255, 0.95); z-index: 1; font: 600 11px/16px system-ui, sans-serif; padding: 0 4px; border-radius: 3px; white-space: nowrap; pointer-events: auto; }
.pg-marker-label.pg-flip { left: auto; right: 4px; }
.pg-nodata { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; color: var(--muted); font-size: 15px; pointer-events: none; }
.pg-nodata span { background: #fff; padding: 2px 8px; border-radius: 4px; }
@media print { body { background: #fff; } section { break-inside: avoid; } }
`;
