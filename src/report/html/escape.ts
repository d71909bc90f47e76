const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** Template tag that escapes every interpolated value unless it is marked as trusted HTML with `raw()`. */
export interface TrustedHtml {
  readonly __html: string;
}

export function raw(html: string): TrustedHtml {
  return { __html: html };
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): TrustedHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return raw(out);
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object' && '__html' in (value as object)) return (value as TrustedHtml).__html;
  return escapeHtml(value);
}
