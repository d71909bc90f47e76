export const STYLE = `
:root{--ink:#1d2430;--muted:#5d6778;--line:#d9dee7;--accent:#1f5fa8;--bg:#fbfcfd;--add:#d8f3dc;--del:#fde2e1;--chg:#fff3bf}
*{box-sizing:border-box}body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header{padding:1rem 2rem;border-bottom:1px solid var(--line);background:#fff;position:sticky;top:0;z-index:2}
h1{margin:0;font-size:1.3rem}h2{margin-top:2rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}h3{margin:.2rem 0}
nav a{margin-right:1rem;color:var(--accent);text-decoration:none}.summary{margin:.2rem 0;color:var(--muted)}
main{padding:0 2rem 3rem;max-width:1200px}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{font-weight:600;color:var(--muted);font-size:.85rem}td.num{text-align:right}.mono{font-family:ui-monospace,Menlo,monospace;font-size:.85rem;word-break:break-all}
article{background:#fff;border:1px solid var(--line);border-radius:6px;padding:1rem 1.2rem;margin:1rem 0}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.4rem 0;color:var(--muted);font-size:.9rem}dl.meta dd{margin:0;color:var(--ink)}
details summary{cursor:pointer;color:var(--accent)}blockquote{border-left:3px solid var(--line);margin:.5rem 0;padding-left:1rem}
p.list-item{margin-left:1.5rem}p.credit{color:var(--muted);font-style:italic}p.list-item::before{content:"• "}
mark.quote{background:#e7f0fb}mark.citation{background:#fff0c2}
.tag{display:inline-block;border:1px solid var(--line);border-radius:3px;padding:0 .35rem;font-size:.8rem;color:var(--muted);margin-right:.3rem}
ins{background:var(--add);text-decoration:none}del{background:var(--del)}.chg{background:var(--chg)}
.muted{color:var(--muted)}
.undated-rule{stroke:var(--line);stroke-dasharray:3 3}
[id]{scroll-margin-top:7.5rem}
section.story,article,section#entities{content-visibility:auto;contain-intrinsic-size:auto 900px}
.nowrap{white-space:nowrap}table.stories{table-layout:fixed}table.stories th:nth-child(1){width:28%}table.stories th:nth-child(2){width:20%}table.stories th:nth-child(3){width:8%}table.stories th:nth-child(4),table.stories th:nth-child(5){width:22%}
p.filter input{font:inherit;padding:.25rem .5rem;width:22rem;max-width:100%;border:1px solid var(--line);border-radius:4px}.empty{color:var(--muted);font-style:italic;background:#f3f5f8;border-radius:4px;padding:.4rem .7rem}
.legend{font-size:.85rem;color:var(--muted);margin:.3rem 0}
mark.speaker{background:#e4f5e9}mark.loaded{background:#ffd8b5;padding:0 .1rem}mark.date{background:#e9e3fb}
.unresolved{color:var(--muted);border-bottom:1px dotted var(--muted)}
a.entity{color:var(--accent);text-decoration:none;border-bottom:1px dotted var(--accent)}
.extras{margin:.5rem 0}ul.inline{display:inline;padding:0;margin:0}ul.inline li{display:inline;margin-right:1rem}
table.quotes td.quote-text a{color:inherit;text-decoration:none}table.quotes td.quote-text a:hover{text-decoration:underline}
table.quotes td:first-child{width:14rem}table.quotes td:nth-child(2){width:9rem}table.quotes td:nth-child(3){width:7rem}
dl.by-outlet{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:0 .6rem;font-size:.9rem}dl.by-outlet dt{color:var(--muted)}dl.by-outlet dd{margin:0}
table.entities{table-layout:fixed}table.entities th:nth-child(1){width:16%}table.entities th:nth-child(2){width:20%}table.entities th:nth-child(3),table.entities th:nth-child(4){width:7%}
table.entities td:nth-child(2){color:var(--muted);font-size:.9rem}
tr:target,.family:target{background:#fffbe6}
section.story{border-top:3px solid var(--line);margin-top:2.5rem}section.story h2{border:0}.story-meta{color:var(--muted);margin-top:-.5rem}
.scroll{overflow-x:auto}table.framing th[scope=row]{white-space:nowrap}table.framing td{min-width:11rem;font-size:.9rem}.descriptor{font-style:italic}
.family{border:1px solid var(--line);border-radius:6px;padding:.5rem .8rem;margin:.7rem 0;background:#fff}.family h4{margin:.2rem 0 .5rem;font-weight:600}
.renderings{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:.6rem}
.rendering{border-left:3px solid var(--line);padding-left:.6rem}.rendering.representative{border-left-color:var(--accent)}.rendering blockquote{border:0;padding:0;margin:.3rem 0}
.rendering .who{font-size:.85rem}
details.pair{margin:.4rem 0;border:1px solid var(--line);border-radius:6px;padding:.4rem .7rem;background:#fff}
table.pair-meta th{width:5rem}table.passages td{width:45%;font-size:.92rem}table.passages td.num{width:10%}
figure.copy-graph{margin:.5rem 0;overflow-x:auto}figure.copy-graph svg{max-width:100%;height:auto;background:#fff;border:1px solid var(--line);border-radius:6px}
figure.copy-graph figcaption{font-size:.85rem;color:var(--muted)}
.lane-even{fill:#fff}.lane-odd{fill:#f5f7fa}.lane-label{font-size:13px;fill:var(--ink)}.tick{font-size:11px;fill:var(--muted)}.axis{stroke:var(--line)}
circle.node{fill:var(--accent);stroke:#fff;stroke-width:2}a:hover circle.node{fill:#0d3b70}
path.edge{fill:none;stroke:#c0392b;stroke-width:1.8}path.edge.dashed{stroke:#7f8c8d;stroke-dasharray:6 4}.arrow-head{fill:#c0392b}
.edge-label{font-size:11px;fill:var(--ink);paint-order:stroke;stroke:#fff;stroke-width:3px}
ol.timeline,ul.timeline{padding-left:2.2rem}ol.timeline li,ul.timeline li{margin:.25rem 0}ol.timeline time,ul.timeline time{font-variant-numeric:tabular-nums;font-weight:600;margin-right:.3rem}
li.published{color:var(--ink)}li.mentioned q{color:var(--muted)}.tag.inferred{border-color:#d4a017;color:#8a6d00}
`;
