/**
 * Checks that HTML written by hf cannot run anything: every tag is one the
 * writer itself uses, no attribute is an event handler or a style beyond column
 * widths, and every link goes to http(s) or mailto. The writer escapes `<` in all
 * text, so each `<` followed by a letter in the output is a real tag, and a scan
 * of the tags sees the whole markup.
 */
const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main',
  'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'blockquote', 'hr', 'div',
  'table', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td',
  'strong', 'em', 'u', 'code', 'a', 'br', 'img', 'section',
]);

/** Problems found in the markup; an empty list means inert. */
export function inertProblems(html: string): string[] {
  const problems: string[] = [];
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  for (const m of body.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const tag = m[1]!.toLowerCase();
    const attrs = m[2]!;
    if (!ALLOWED_TAGS.has(tag)) problems.push(`tag <${tag}>`);
    if (/\son[a-z]+\s*=/i.test(attrs)) problems.push(`event handler in <${tag}${attrs}>`);
    // An image only as data in the document itself (a partnership's logo): nothing is loaded from outside.
    const loading = attrs.replace(/^(\s+class="logo")?\s+src="data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*"/, '$1');
    if (/\s(src|srcdoc|action|formaction|xlink:href)\s*=/i.test(loading)) problems.push(`loading attribute in <${tag}${attrs}>`);
    for (const a of attrs.matchAll(/\shref="([^"]*)"/gi)) {
      if (!/^(https?:\/\/|mailto:)/i.test(a[1]!)) problems.push(`link to ${a[1]}`);
    }
    if (/javascript:/i.test(attrs)) problems.push(`javascript: in <${tag}${attrs}>`);
    const style = /\sstyle="([^"]*)"/i.exec(attrs)?.[1];
    if (style !== undefined && !/^width:\d+(\.\d+)?%$/.test(style)) problems.push(`style ${style}`);
  }
  if ((html.match(/<script/gi) ?? []).length) problems.push('<script');
  return problems;
}
