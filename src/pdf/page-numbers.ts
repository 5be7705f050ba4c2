/**
 * The page numbers of a packet, printed by the browser on pages of their own
 * and stamped onto the merged packet (assemble.ts `stampFooters`): the same
 * footer, font and place as a document printed on its own, but counting every
 * page of the packet, the merged attachments too.
 */
import type { Lang } from '../i18n/lang.js';
import { HTML_CSP } from '../render/write-html.js';

/** An HTML document of `count` empty A4 pages, each with "Side n av count" in the bottom right margin. */
export function pageNumbersHtml(count: number, lang: Lang): string {
  const content = lang === 'en' ? '"Page " counter(page) " of " counter(pages)' : '"Side " counter(page) " av " counter(pages)';
  const pages = Array.from({ length: Math.max(1, count) }, (_, i) => (i < count - 1 ? '<div class="page"></div>' : '<div></div>')).join('');
  return `<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : lang === 'nn' ? 'nn' : 'nb'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP.replace(/'/g, '&#39;')}">
<title>-</title>
<style>
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @bottom-right { content: ${content}; font: 9pt Calibri, Carlito, Arial, sans-serif; color: #555; } }
html, body { margin: 0; }
div { height: 1px; }
div.page { break-after: page; }
</style>
</head>
<body>${pages}</body>
</html>
`;
}
