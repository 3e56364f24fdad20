/**
 * The report's stylesheet: a clean page on screen, A4 in print with page numbers, repeated table
 * headers and no breaks inside rows, figures or recommendations. Level colours come from the same
 * palettes as the charts. System fonts only (Noto from Debian's fonts-noto-core, then fallbacks).
 */
import { CHALLENGE_COLOURS, UTILIZATION_COLOURS } from './palette.js';

/** A CSS string literal for any text: every character but letters, digits and spaces as an escape, so nothing can close it. */
export function cssString(text: string): string {
  let out = '';
  for (const ch of text) out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 32).toString(16)} `;
  return `"${out}"`;
}

const slug = (level: string) => level.toLowerCase().replace(/\s+/g, '-');

/** A chip per level in the charts' colours, outlined in the level's darker edge so that pale ones show on white. */
function levelChips(): string {
  const chip = (prefix: string, level: string, c: { fill: string; edge: string }) =>
    `.chip.${prefix}-${slug(level)}{background:${c.fill};box-shadow:inset 0 0 0 1px ${c.edge}}`;
  const u = Object.entries(UTILIZATION_COLOURS).map(([level, c]) => chip('u', level, c));
  const ch = Object.entries(CHALLENGE_COLOURS).map(([level, c]) => chip('c', level, c));
  return [...u, ...ch].join('\n');
}

export function reportCss(footer: string): string {
  return `
:root{--ink:#1f2933;--muted:#5f6b7a;--rule:#d5dbe3;--rule-strong:#9aa5b1;--accent:#1d4e89;--accent-soft:#e8eef6;--paper:#ffffff;--head:#f3f6f9}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#e9edf2;color:var(--ink);font-family:"Noto Sans","DejaVu Sans","Liberation Sans",Arial,sans-serif;font-size:15px;line-height:1.5;font-kerning:normal}
.report{max-width:210mm;margin:28px auto;padding:22mm 18mm 20mm;background:var(--paper);box-shadow:0 1px 3px rgba(15,30,50,.12),0 8px 24px rgba(15,30,50,.08)}
h1,h2,h3,h4,h5{font-family:"Noto Serif","DejaVu Serif",Georgia,serif;color:#14304f;line-height:1.25;font-weight:700}
h1{font-size:30px;margin:6px 0 4px}
h2{font-size:21px;margin:34px 0 10px;padding-bottom:5px;border-bottom:2px solid var(--accent)}
h3{font-size:17px;margin:26px 0 8px}
h4,h5{font-size:14.5px;margin:18px 0 6px}
.num{color:var(--accent);font-variant-numeric:tabular-nums;margin-right:.35em}
p{margin:0 0 10px;max-width:68em}
a{color:var(--accent)}
.cover{border-bottom:1px solid var(--rule);padding-bottom:14px;margin-bottom:18px}
.eyebrow{text-transform:uppercase;letter-spacing:.09em;font-size:11.5px;font-weight:600;color:var(--accent);margin:0}
.lede{font-size:16px;color:var(--muted);margin:0 0 14px}
.meta{display:flex;flex-wrap:wrap;gap:8px 28px;margin:0;font-size:13px}
.meta div{min-width:0}
.meta dt{color:var(--muted);font-size:11px;text-transform:uppercase;letter-spacing:.06em}
.meta dd{margin:0;font-weight:600}
.toc{background:var(--accent-soft);border-radius:4px;padding:10px 16px 8px;margin:0 0 8px}
.toc-title{font-weight:700;margin:0 0 4px;font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--accent)}
.toc ol{list-style:none;margin:0;padding:0;columns:2;column-gap:28px;font-size:13.5px}
.toc li{margin:2px 0;break-inside:avoid}
.toc a{text-decoration:none;color:var(--ink)}
figure{margin:16px 0 18px}
figcaption{font-size:13px;font-weight:600;margin:0 0 6px;color:var(--ink)}
figcaption .label{color:var(--accent)}
.table-wrap{overflow-x:auto}
table.data{width:100%;border-collapse:collapse;font-size:12.5px;line-height:1.4;font-variant-numeric:tabular-nums}
table.data th,table.data td{padding:5px 7px;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
table.data thead th{background:var(--head);font-weight:600;border-bottom:1.5px solid var(--rule-strong);font-size:12px}
table.data thead tr.groups th{text-align:center;border-bottom:1px solid var(--rule-strong);background:#e6ecf2}
table.data thead tr.groups th:first-child{background:var(--head)}
table.data tbody th{font-weight:600;width:26%}
table.data.dense{font-size:10.5px;line-height:1.35}
table.data.dense th,table.data.dense td{padding:4px 3px}
table.data.dense thead th{font-size:10.5px}
table.data.dense tbody th{width:16%;padding-left:4px}
table.data.dense .chip{width:.62em;height:.62em;margin-right:.25em}
table.data tr.differs th.differs::after{content:" ≠";color:#a63603;font-weight:400;font-family:"DejaVu Sans",sans-serif}
.ne{color:#a63603;font-family:"DejaVu Sans",sans-serif}
.lv{white-space:nowrap}
.sub{display:block;font-size:.86em;color:var(--muted);font-weight:400;white-space:normal}
.chip{display:inline-block;width:.72em;height:.72em;border-radius:2px;margin-right:.35em;vertical-align:baseline;position:relative;top:.04em}
${levelChips()}
.table-note{font-size:12px;color:var(--muted);margin:5px 0 0}
sup.fn{font-size:.68em;line-height:0;margin-left:1px;font-weight:400;white-space:normal}
sup.fn a{text-decoration:none;color:var(--accent)}
.tri{font-size:.8em;letter-spacing:.05em;color:var(--accent);white-space:nowrap;font-family:"DejaVu Sans",sans-serif}
.chart-block{break-inside:avoid}
svg.chart{display:block;width:100%;max-width:640px;height:auto}
.rec-group{margin:14px 0 18px}
.gap-heading{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;font-size:14px;background:var(--head);border-left:4px solid #a63603;padding:6px 10px;margin:0 0 8px;color:var(--ink)}
ol.recs{margin:0;padding-left:22px}
li.rec{margin:0 0 12px;break-inside:avoid}
.rec-title{font-weight:700;margin:0 0 3px}
.rationale{margin:0 0 4px}
ul.actions{margin:2px 0 6px;padding-left:20px}
ul.actions li{margin:1px 0}
.why,.cited{font-size:13px;color:var(--muted);margin:0 0 2px}
.tag{display:inline-block;font-size:10.5px;text-transform:uppercase;letter-spacing:.05em;font-weight:700;color:var(--accent);margin-right:.3em}
.where{color:var(--muted)}
ul.works{padding-left:18px}
ul.works li{margin:3px 0}
.plan{margin:6px 0 10px}
.lead-in{font-weight:700;margin:0 0 4px;color:#14304f}
ol.plan-steps{margin:0 0 8px;padding-left:22px}
ol.plan-steps li{margin:0 0 6px;break-inside:avoid}
.step{margin:0 0 1px;font-weight:600}
ol.plan-steps .why{margin:0}
.finding{margin:0 0 12px}
.finding .run-in{color:#14304f}
.finding blockquote{margin:4px 0 6px 14px;padding:2px 0 2px 10px;border-left:3px solid var(--rule-strong);color:#2e3a47;font-size:14px}
.finding blockquote p{margin:0}
.finding .lead{color:var(--muted)}
q{quotes:"“" "”" "‘" "’"}
.example{font-size:13px;margin:0 0 2px}
.sources-title{font-weight:600;margin:0 0 4px}
ul.sources{font-size:12.5px;padding-left:18px;margin:0 0 12px}
ul.sources li{margin:2px 0}
.notes ol.footnotes{font-size:12px;line-height:1.42;padding-left:30px;color:#2e3a47}
.notes ol.footnotes li{margin:0 0 4px;break-inside:avoid}
.notes q{quotes:"“" "”"}
.notes cite{font-style:italic}
.backref{text-decoration:none;margin-left:.2em}
:target{background:#fff4cc}
@page{size:A4;margin:16mm 15mm 18mm 15mm;@bottom-left{content:${cssString(footer)};font-family:"Noto Sans","DejaVu Sans",sans-serif;font-size:7.5pt;color:#6b7785}@bottom-right{content:"Page " counter(page) " of " counter(pages);font-family:"Noto Sans","DejaVu Sans",sans-serif;font-size:7.5pt;color:#6b7785}}
@media print{
body{background:none;font-size:9.6pt;line-height:1.42}
.report{max-width:none;margin:0;padding:0;box-shadow:none}
h1{font-size:22pt}
h2{font-size:14.5pt;margin-top:20pt}
h3{font-size:12pt}
h4,h5{font-size:10.5pt}
h2,h3,h4,h5,figcaption,.gap-heading{break-after:avoid}
.gap-heading,figcaption{break-inside:avoid}
.lede{font-size:11pt}
.toc ol{font-size:9.5pt}
table.data{font-size:8.4pt}
table.data.dense{font-size:7.8pt}
thead{display:table-header-group}
tr,th,td{break-inside:avoid}
.chart-block,li.rec,.notes li{break-inside:avoid}
svg.chart{max-width:140mm}
#summary,#findings,#recommendations,#notes,#method{break-before:page}
#summary{font-size:8.5pt;line-height:1.3}
#summary h2{margin-top:0}
#summary h3{margin:6pt 0 3pt}
#summary p{margin-bottom:4pt}
#summary .plan{margin:2pt 0 3pt}
#summary ol.plan-steps li{margin-bottom:2pt}
#summary .why{font-size:7.6pt}
.finding blockquote{font-size:9pt}
.notes ol.footnotes{font-size:7.6pt;columns:2;column-gap:7mm}
a{color:inherit}
sup.fn a,.num,figcaption .label{color:var(--accent)}
:target{background:none}
}
`.trim();
}
