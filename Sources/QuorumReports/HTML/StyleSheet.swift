/// The inline style sheet of every page: system fonts only, no `url(…)`, no `@import`;
/// readable on screen and in print.
enum StyleSheet {
  /// The CSS text (a literal, emitted unescaped inside `<style>`).
  static let css: StaticString = """
    :root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --faint: #9aa5b1;
      --line: #e4e7eb; --accent: #3b6ea8; --note: #eef4fb; --warn: #fff6e8;
      --warn-line: #d9822b; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0; background: #f3f4f6; color: var(--ink); font-size: 15px; line-height: 1.5;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
      sans-serif; }
    .page { max-width: 1080px; margin: 0 auto; padding: 28px 44px 40px; background: #fff;
      min-height: 100vh; }
    a { color: var(--accent); text-underline-offset: 2px; }
    .crumbs { font-size: 13px; margin: 0 0 14px; }
    .crumbs a { text-decoration: none; }
    .report-header { border-bottom: 2px solid var(--ink); padding-bottom: 16px; margin-bottom: 8px; }
    .kicker { margin: 0 0 2px; color: var(--muted); font-size: 12px; font-weight: 600;
      letter-spacing: .08em; text-transform: uppercase; }
    h1 { margin: 0 0 8px; font-size: 30px; line-height: 1.2; letter-spacing: -.01em; }
    .lede { margin: 0 0 14px; max-width: 72ch; color: var(--muted); font-size: 16.5px; }
    dl.meta { display: flex; flex-wrap: wrap; gap: 6px 36px; margin: 12px 0 0; }
    dl.meta dt { color: var(--muted); font-size: 11px; font-weight: 600; letter-spacing: .06em;
      text-transform: uppercase; }
    dl.meta dd { margin: 0; font-size: 14px; font-variant-numeric: tabular-nums; }
    nav.toc { margin: 18px 0 0; font-size: 14px; }
    nav.toc ol { display: flex; flex-wrap: wrap; gap: 4px 22px; margin: 0; padding: 0;
      list-style: none; counter-reset: toc; }
    nav.toc li { counter-increment: toc; }
    nav.toc li::before { content: counter(toc) ". "; color: var(--faint); }
    section { margin: 34px 0 0; }
    h2 { margin: 0 0 12px; padding-bottom: 5px; border-bottom: 1px solid var(--line);
      font-size: 21px; line-height: 1.3; }
    h3 { margin: 22px 0 8px; font-size: 16px; }
    p { margin: 0 0 12px; max-width: 78ch; }
    .callout { margin: 14px 0 18px; padding: 10px 16px; border-left: 4px solid var(--accent);
      border-radius: 0 6px 6px 0; background: var(--note); max-width: 84ch; }
    .callout.warning { border-left-color: var(--warn-line); background: var(--warn); }
    .callout p { margin: 0; }
    .callout .callout-title { margin-bottom: 2px; font-weight: 650; }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
      gap: 12px; margin: 10px 0 20px; }
    .figure { padding: 12px 16px; border: 1px solid var(--line); border-radius: 8px; }
    .figure-label { color: var(--muted); font-size: 12px; font-weight: 600;
      letter-spacing: .04em; text-transform: uppercase; }
    .figure-value { font-size: 27px; font-weight: 650; line-height: 1.25;
      font-variant-numeric: tabular-nums; }
    .figure-detail { color: var(--muted); font-size: 12.5px; }
    .table-wrap { max-width: 100%; margin: 10px 0 6px; overflow-x: auto; }
    table { border-collapse: collapse; font-size: 13.5px; }
    caption { padding: 0 0 6px; font-weight: 650; text-align: left; caption-side: top; }
    th, td { padding: 6px 12px; border-bottom: 1px solid var(--line); text-align: left;
      vertical-align: top; }
    thead th { border-bottom: 2px solid var(--faint); background: #f7f8fa; font-weight: 600;
      vertical-align: bottom; }
    tbody tr:nth-child(even) { background: #fafbfc; }
    .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .date { white-space: nowrap; font-variant-numeric: tabular-nums; }
    .missing { color: var(--faint); }
    td.empty { color: var(--muted); font-style: italic; }
    .table-note { margin: 4px 0 18px; color: var(--muted); font-size: 12.5px; }
    figure.chart { margin: 16px 0 26px; }
    figure.chart figcaption { margin: 0 0 6px; }
    .chart-title { display: block; font-weight: 650; }
    .chart-caption { display: block; color: var(--muted); font-size: 13px; }
    figure.chart svg { display: block; width: 100%; max-width: 820px; height: auto; }
    ul.report-list { margin: 8px 0 0; padding: 0; list-style: none; }
    ul.report-list li { padding: 16px 0; border-bottom: 1px solid var(--line); }
    ul.report-list h2 { margin: 0 0 4px; padding: 0; border: 0; font-size: 18px; }
    ul.report-list p { margin: 0; }
    ul.report-list .files { margin-top: 4px; color: var(--muted); font-size: 13px; }
    footer { margin-top: 44px; padding-top: 12px; border-top: 1px solid var(--line);
      color: var(--muted); font-size: 12.5px; }
    footer p { margin: 0 0 4px; }
    @media (max-width: 640px) { .page { padding: 18px 16px 32px; } h1 { font-size: 24px; } }
    @media print {
      @page { margin: 14mm; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { background: #fff; font-size: 10.5pt; }
      .page { max-width: none; min-height: 0; padding: 0; }
      .crumbs, nav.toc { display: none; }
      a { color: inherit; text-decoration: none; }
      h2, h3, caption { break-after: avoid; }
      figure.chart, .callout, .figures, .figure { break-inside: avoid; }
      .table-wrap { overflow: visible; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; }
      table { font-size: 8.5pt; }
      th, td { padding: 3px 6px; }
      tbody tr:nth-child(even) { background: none; }
      figure.chart svg { max-width: 100%; }
    }
    """
}
