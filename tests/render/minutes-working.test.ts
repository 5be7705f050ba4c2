/**
 * The working document of the minutes: its text in both languages (golden
 * files of the Markdown rendering), and in Word one named content control per
 * field, each alone in its cell, the empty ones showing their placeholder, the
 * filled ones what the files hold — which hf's own reader gets back unchanged —
 * and the meeting and every case's fingerprint in the custom properties.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFields } from '../../src/docx/fields.js';
import { openDocx } from '../../src/docx/package.js';
import { caseFieldKey, CASE_FIELDS, CASE_STATE_KEYS, stateHash } from '../../src/model/working-minutes.js';
import { sameFieldText } from '../../src/render/field-text.js';
import { loadMarkdown } from '../../src/render/markdown.js';
import { renderWorkingMinutes } from '../../src/render/minutes-working.js';
import { toDocx } from '../../src/render/write-docx.js';
import { toMarkdown } from '../../src/render/write-markdown.js';
import { loadBundled } from '../helpers/bundled.js';
import { expectGolden } from '../helpers/golden.js';

const { index } = loadBundled();
beforeAll(loadMarkdown);

describe('the working document of the minutes', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`reads as the golden file (${lang})`, () => {
      const doc = renderWorkingMinutes(index, 'SSU', '2024-05-23', { lang, today: '2024-05-23' });
      expectGolden(toMarkdown(doc), `golden/working-minutes-ssu-2024-05-23.${lang}.md`, import.meta.dirname);
    });
  }

  it('has a named content control per field, alone in its cell, and the fingerprints in its properties', async () => {
    const doc = renderWorkingMinutes(index, 'SSU', '2024-05-23', { lang: 'nb', today: '2024-05-23' });
    const bytes = await toDocx(doc);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const custom = await zip.file('docProps/custom.xml')!.async('string');
    const agenda = index.agenda('SSU', '2024-05-23');
    expect(agenda).toHaveLength(13);

    const controls = [...xml.matchAll(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*?<w:sdt><w:sdtPr><w:alias w:val="([^"]*)"\/><w:tag w:val="([^"]*)"\/><w:id w:val="\d+"\/><w:lock w:val="sdtLocked"\/>(<w:showingPlcHdr\/>)?<\/w:sdtPr>/g)];
    expect(controls).toHaveLength(2 + agenda.length * CASE_FIELDS.length);
    expect(controls.map((c) => c[2])).toEqual(['hf:tilstede:SSU 2024-05-23', 'hf:frafall:SSU 2024-05-23', ...agenda.flatMap((c) => CASE_FIELDS.map((f) => `hf:${f}:${caseFieldKey(c)}`))]);
    expect(controls[0]![1]).toBe('Tilstede – SSU 2024-05-23');
    const conclusion16 = controls.find((c) => c[2] === 'hf:konklusjon:SSU 2024.16')!;
    expect(conclusion16[1]).toBe('Konklusjon – SSU 2024.16');
    expect(conclusion16[3]).toBeUndefined();
    const dialogue16 = controls.find((c) => c[2] === 'hf:innspill:SSU 2024.16')!;
    expect(dialogue16[3]).toBe('<w:showingPlcHdr/>');
    expect(xml).toContain('<w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">Skriv innspillene fra dialogen.</w:t>');

    // The label of each field's row holds a bookmark, which a property names the field of.
    const bookmarks = [...xml.matchAll(/<w:bookmarkStart w:name="(_hf\d+)"/g)].map((m) => m[1]);
    expect(bookmarks).toHaveLength(controls.length);
    expect(custom).toContain(`name="hf.field.${bookmarks[0]}"><vt:lpwstr>tilstede SSU 2024-05-23</vt:lpwstr>`);
    expect(custom).toContain(`name="hf.field.${bookmarks[bookmarks.length - 1]}"><vt:lpwstr>oppfølging SSU 2024.23</vt:lpwstr>`);
    expect(custom).toContain('name="hf.document"><vt:lpwstr>working-minutes/1</vt:lpwstr>');
    expect(custom).toContain('name="hf.meeting"><vt:lpwstr>SSU 2024-05-23</vt:lpwstr>');
    for (const c of agenda) expect(custom).toContain(`name="hf.state.${caseFieldKey(c)}"><vt:lpwstr>${stateHash(index.repo.files.get(c.file)!.data, CASE_STATE_KEYS)}</vt:lpwstr>`);

    // hf's own reader gets the files' texts back: what was not typed over reads as unchanged.
    const fields = readFields(openDocx(bytes));
    for (const c of agenda) {
      const key = caseFieldKey(c);
      const of = (f: string) => fields.find((x) => x.key === key && x.field === f)!;
      expect(sameFieldText(of('konklusjon').markdown, c.conclusion), key).toBe(true);
      expect(sameFieldText(of('behandling').markdown, c.treatment), key).toBe(true);
      expect(of('oppfølging').lines).toHaveLength(c.followUps.length);
    }
    expect(fields.find((x) => x.field === 'tilstede')!.lines).toEqual(['faste medlemmer', 'Ellen Holtan Folkestad', 'Margareth Horn']);
  });
});
