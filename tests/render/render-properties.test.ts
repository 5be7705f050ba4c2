/**
 * The renderers as properties: whatever a case holds — titles, points, Markdown
 * texts with every construct and every kind of junk, restricted sections,
 * attachments, links — the notice, the case paper, the packet and the minutes are
 * produced (public and internal) without an exception and quickly, and every
 * writer turns them into output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RepoIndex } from '../../src/model/repository.js';
import { documentView } from '../../src/model/restricted.js';
import { buildRepository } from '../../src/repo/build.js';
import { markdownToBlocks } from '../../src/render/markdown.js';
import { renderMinutes } from '../../src/render/minutes.js';
import { renderNotice } from '../../src/render/notice.js';
import { renderPaper } from '../../src/render/paper.js';
import { renderPacket } from '../../src/render/packet.js';
import { toHtml } from '../../src/render/write-html.js';
import { toMarkdown } from '../../src/render/write-markdown.js';
import { BASE_FILES, lines } from '../../src/rules/fixture.js';
import { memorySource } from '../helpers/memory.js';
import { hostileText } from '../helpers/arb-doc.js';

const FC = { seed: 26_09_2024, numRuns: 120 };
/** Each run builds a repository and renders eight documents: fewer runs, same seed. */
const FC_DOCS = { seed: 26_09_2024, numRuns: 30 };

const mdPiece = fc.oneof(
  hostileText,
  fc.constantFrom(
    '# Overskrift', '## Bakgrunn', '- punkt', '1. første', '> sitat', '```js\nalert(1)\n```', '| a | b |\n|---|---|\n| 1 | 2 |', '---', '***',
    '[lenke](javascript:alert(1))', '[lenke](https://example.no)', '<https://example.no>', '![bilde](https://example.no/x.png)', '<script>x</script>',
    '<div onclick="x">', '[^1]\n\n[^1]: fotnote', '[ref]\n\n[ref]: javascript:alert(1)', '**fet** og *kursiv*', '~~streket~~', '- [ ] oppgave',
    '::: skjermet offl. § 13', ':::', '::: merknad', '\\', '&amp; &#0; &#x110000;', '    innrykket kode', 'linje  \nskift', '<!-- kommentar -->',
    '*'.repeat(200), '['.repeat(200), '> '.repeat(100) + 'dypt', '- '.repeat(100) + 'dypt',
  ),
);
const markdown = fc.array(mdPiece, { maxLength: 8 }).map((ps) => ps.join('\n\n'));
const yamlString = (s: string) => JSON.stringify(s);

const caseFile = fc
  .record({
    title: hostileText.filter((t) => t.trim() !== ''),
    point: hostileText,
    text: markdown,
    treatment: markdown,
    conclusion: markdown,
    attachment: hostileText.filter((t) => t.trim() !== ''),
    restricted: fc.boolean(),
    restrictedAttachment: fc.boolean(),
  })
  .map((c) =>
    lines(
      '---',
      'saksnr: "2024.3"',
      'organ: SSU',
      'møte: 2024-09-26',
      `tittel: ${yamlString(c.title)}`,
      `offentlig_tittel: ${yamlString('Offentlig ' + c.title)}`,
      ...(c.restricted ? ['skjerming:', '  hjemmel: offl. § 13'] : []),
      `punkter: [${yamlString(c.point || 'punkt')}]`,
      'vedlegg:',
      `  - tittel: ${yamlString(c.attachment)}`,
      ...(c.restrictedAttachment ? ['    skjerming:', '      hjemmel: offl. § 15'] : []),
      'lenker:',
      '  - tittel: Lenke',
      '    url: https://example.no/a',
      `forslag_til_konklusjon: ${yamlString(c.conclusion)}`,
      `behandling: ${yamlString(c.treatment)}`,
      `konklusjon: ${yamlString(c.conclusion)}`,
      '---',
      c.text,
    ).replace(/\u0000/g, ''),
  );

describe('renderers on any case (property)', () => {
  it('produce every document, public and internal, in every text format, without an exception', () => {
    let rendered = 0;
    fc.assert(
      fc.property(caseFile, (text) => {
        const { repo, findings } = buildRepository(memorySource({ ...BASE_FILES, 'cases/ssu/2024/2024.3-x.md': text }));
        if (!repo.cases.some((c) => c.file === 'cases/ssu/2024/2024.3-x.md')) {
          // A file that cannot be read at all (NUL bytes, YAML the strict parser refuses) is reported instead.
          expect(findings.some((f) => f.file === 'cases/ssu/2024/2024.3-x.md')).toBe(true);
          return;
        }
        rendered++;
        for (const isPublic of [false, true]) {
          const index = new RepoIndex(documentView(repo, isPublic, 'nb'));
          const c = index.repo.cases.find((x) => x.file === 'cases/ssu/2024/2024.3-x.md')!;
          const opts = { lang: 'nb' as const, today: '2024-10-01' };
          const t0 = performance.now();
          const docs = [
            renderNotice(index, 'SSU', '2024-09-26', opts),
            renderPacket(index, 'SSU', '2024-09-26', opts),
            renderPaper(index, c, opts),
            renderMinutes(index, 'SSU', '2024-09-26', opts).doc,
          ];
          for (const d of docs) {
            expect(d.blocks.length).toBeGreaterThan(0);
            expect(typeof toMarkdown(d)).toBe('string');
            expect(toHtml(d)).toContain('</html>');
          }
          expect(performance.now() - t0).toBeLessThan(2000);
        }
      }),
      FC_DOCS,
    );
    expect(rendered).toBeGreaterThan(FC_DOCS.numRuns / 2);
  }, 120_000);

  it('Markdown to blocks: any text gives blocks and never throws (property)', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        for (const context of ['document', 'cell'] as const) expect(Array.isArray(markdownToBlocks(text, { context }))).toBe(true);
      }),
      FC,
    );
  });
});
