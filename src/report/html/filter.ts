/**
 * A search box that hides the table rows of one group that do not contain the typed words,
 * opening folded parts that hold matches. The box is hidden until the script runs, so a page
 * read without JavaScript shows every row and no dead control.
 */
import { html, raw, type TrustedHtml } from './escape.ts';

const SCRIPT = `(function(){if(window.__storytraceFilter)return;window.__storytraceFilter=1;
function run(box){var group=document.querySelector('[data-filter-group="'+box.dataset.filter+'"]');if(!group)return;
var words=box.value.toLowerCase().split(/\\s+/).filter(Boolean);var shown=0;
group.querySelectorAll('tbody tr').forEach(function(row){var text=row.textContent.toLowerCase();var hit=words.every(function(w){return text.indexOf(w)>=0});row.hidden=!hit;if(hit){shown++;if(words.length){var d=row.closest('details');if(d)d.open=true}}});
var note=box.nextElementSibling;if(note)note.textContent=words.length?shown+' shown':''}
function init(){document.querySelectorAll('input[data-filter]').forEach(function(box){box.hidden=false;box.addEventListener('input',function(){run(box)})})}
if(document.readyState==='loading')document.addEventListener('DOMContentLoaded',init);else init()})();`;

/** The search box for the rows under `[data-filter-group=group]`, with the script that drives it. */
export function filterBox(group: string, placeholder: string): TrustedHtml {
  return html`<p class="filter"><input type="search" data-filter="${group}" placeholder="${placeholder}" hidden> <span class="muted"></span></p><script>${raw(SCRIPT)}</script>`;
}
