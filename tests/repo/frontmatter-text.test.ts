/**
 * Frontmatter text that YAML reads differently than it looks: a ` #` comment
 * that cuts an unquoted text short is reported where it begins, and a
 * frontmatter closed with YAML's end-of-document marker `...` instead of `---`
 * is read but reported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/repo/load-file.js';
import { commentsAfterText, parseYaml } from '../../src/repo/yaml.js';

describe('text that YAML reads differently than it looks', () => {
  const fields = (yaml: string) => loadFile('cases/ssu/2024/2024.3-x.md', new TextEncoder().encode(`---\n${yaml}---\nTekst.\n`));

  it('an unquoted title cut short by ` #` is reported at the #; quoted, on its own line or in hf.yaml it is not', () => {
    const { file, findings } = fields('saksnr: "2024.3"\ntittel: Budsjett #2 for 2025\n');
    expect(file.data?.tittel).toBe('Budsjett');
    expect(findings).toEqual([{ ruleId: 'comment-in-value', messageId: 'cut', file: 'cases/ssu/2024/2024.3-x.md', line: 3, column: 18, data: { value: 'Budsjett', comment: '2 for 2025' } }]);
    expect(fields('tittel: "Budsjett #2 for 2025"\n# en kommentar\n').findings).toEqual([]);
    expect(loadFile('hf.yaml', new TextEncoder().encode('navn: Fellesskapet   # navnet\n'), 'config').findings).toEqual([]);
  });

  it('property: a cut is reported exactly when the text read is not the text written', () => {
    const word = fc.stringMatching(/^[a-zæøå0-9#]{1,6}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const written = words.join(' ');
        const src = `tittel: ${written}\n`;
        const parsed = parseYaml(src);
        const value = (parsed.value as { tittel?: unknown } | undefined)?.tittel;
        // A text that begins with # is no text at all (null): the schema reports a missing title.
        fc.pre(parsed.problems.length === 0 && typeof value === 'string');
        expect(commentsAfterText(parsed, src).length > 0).toBe(value !== written);
      }),
    );
  });

  it('a frontmatter closed with ... is read, and reported at that line', () => {
    const { file, findings } = loadFile('cases/ssu/2024/2024.3-x.md', new TextEncoder().encode('---\ntittel: Prikker\n...\nTekst.\n'));
    expect(file.data?.tittel).toBe('Prikker');
    expect(file.body).toBe('Tekst.\n');
    expect(findings).toEqual([{ ruleId: 'frontmatter', messageId: 'dots', file: 'cases/ssu/2024/2024.3-x.md', line: 3, column: 1 }]);
  });
});
