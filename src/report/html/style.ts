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
p.list-item{margin-left:1.5rem}p.list-item::before{content:"• "}
mark.quote{background:#e7f0fb}mark.citation{background:#fff0c2}
.tag{display:inline-block;border:1px solid var(--line);border-radius:3px;padding:0 .35rem;font-size:.8rem;color:var(--muted);margin-right:.3rem}
ins{background:var(--add);text-decoration:none}del{background:var(--del)}.chg{background:var(--chg)}
.muted{color:var(--muted)}
`;
