/**
 * Setting frontmatter values in a file hf did not write: the rest of the file
 * stays byte for byte, and what is written reads back as exactly the value.
 */
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Quoted } from '../../src/repo/emit.js';
import { FrontmatterUnreadable, setFields } from '../../src/repo/edit-fields.js';

const ORDER = ['forslag_til_konklusjon', 'inhabil', 'behandling', 'innspill', 'konklusjon', 'oppfølging'];

const CASE = [
  '---',
  'saksnr: "2024.16"',
  'organ: SSU',
  'tittel: Rehabilitering',
  'behandling: |',
  '  Første avsnitt.',
  '',
  '  Andre avsnitt.',
  '# Kommentar om konklusjonen.',
  'konklusjon: Gammel konklusjon.   # fra møtet',
  'oppfølging:',
  '  - hva: Noe',
  '    status: åpen',
  '---',
  '## Bakgrunn',
  '',
  'Tekst.',
  '',
].join('\n');

function data(text: string): Record<string, unknown> {
  return parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!) as Record<string, unknown>;
}

describe('setFields', () => {
  it('replaces a one-line value with a block of several lines, keeping the comment of its line and everything else', () => {
    const out = setFields(CASE, [['konklusjon', { kind: 'text', text: 'Ny konklusjon.\n\nMed to avsnitt.' }]], ORDER);
    expect(out).toBe(CASE.replace('konklusjon: Gammel konklusjon.   # fra møtet\n', 'konklusjon: |   # fra møtet\n  Ny konklusjon.\n\n  Med to avsnitt.\n'));
    expect(data(out).konklusjon).toBe('Ny konklusjon.\n\nMed to avsnitt.\n');
  });

  it('replaces a block value with one line, and a block list with another', () => {
    const out = setFields(
      CASE,
      [
        ['behandling', { kind: 'text', text: 'Kort.' }],
        ['oppfølging', { kind: 'records', items: [[['hva', 'Ny: med kolon'], ['møte', '2024-11-28'], ['status', 'åpen'], ['lukket_i', new Quoted('SSU 2024.40')]]] }],
      ],
      ORDER,
    );
    expect(out).toContain('behandling: Kort.\n# Kommentar om konklusjonen.\n');
    expect(out).toContain('oppfølging:\n  - hva: "Ny: med kolon"\n    møte: 2024-11-28\n    status: åpen\n    lukket_i: "SSU 2024.40"\n---\n## Bakgrunn');
    expect(data(out).oppfølging).toEqual([{ hva: 'Ny: med kolon', møte: '2024-11-28', status: 'åpen', lukket_i: 'SSU 2024.40' }]);
  });

  it('inserts a missing key after its neighbour in the data format, or at the end', () => {
    const out = setFields(CASE, [['innspill', { kind: 'text', text: 'Innspill.' }]], ORDER);
    expect(out).toContain('  Andre avsnitt.\ninnspill: Innspill.\n# Kommentar om konklusjonen.\n');
    const bare = '---\nsaksnr: "2024.1"\norgan: SSU\n---\n';
    expect(setFields(bare, [['konklusjon', { kind: 'text', text: 'Ok.' }]], ORDER)).toBe('---\nsaksnr: "2024.1"\norgan: SSU\nkonklusjon: Ok.\n---\n');
  });

  it('writes names in flow style and mixed entries as a block list', () => {
    const meeting = '---\norgan: SSU\ndato: 2024-09-26\ntilstede: [A]\n---\n';
    const out = setFields(
      meeting,
      [
        ['tilstede', { kind: 'list', items: ['faste medlemmer', 'Navn, med komma', 'true'] }],
        ['frafall', { kind: 'records', items: ['Kjersti Norheim', [['navn', 'Ola'], ['grunn', 'sykdom']]] }],
      ],
      ['organ', 'dato', 'tilstede', 'frafall'],
    );
    expect(out).toBe('---\norgan: SSU\ndato: 2024-09-26\ntilstede: [faste medlemmer, "Navn, med komma", "true"]\nfrafall:\n  - Kjersti Norheim\n  - navn: Ola\n    grunn: sykdom\n---\n');
    expect(data(out)).toEqual({ organ: 'SSU', dato: '2024-09-26', tilstede: ['faste medlemmer', 'Navn, med komma', 'true'], frafall: ['Kjersti Norheim', { navn: 'Ola', grunn: 'sykdom' }] });
  });

  it('keeps CRLF line endings and writes new lines with them', () => {
    const crlf = CASE.replace(/\n/g, '\r\n');
    const out = setFields(crlf, [['konklusjon', { kind: 'text', text: 'A.\n\nB.' }], ['innspill', { kind: 'text', text: 'C.' }]], ORDER);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(data(out).konklusjon).toBe('A.\n\nB.\n');
    expect(out.split('\r\n').slice(-4)).toEqual(['## Bakgrunn', '', 'Tekst.', '']);
  });

  it('refuses a file whose frontmatter cannot be read', () => {
    expect(() => setFields('---\na: [\n---\n', [['konklusjon', { kind: 'text', text: 'x' }]], ORDER)).toThrow(FrontmatterUnreadable);
  });

  it('writes any text so that YAML reads back exactly that text (property)', () => {
    const line = fc.stringMatching(/^[ -~æøåÆØÅ§–«»\t]{0,40}$/);
    const text = fc
      .array(line, { minLength: 1, maxLength: 5 })
      .map((lines) => lines.join('\n').replace(/\s+$/, ''))
      .filter((t) => t.trim() !== '' && !(t.split('\n').length === 1 && /^\s/.test(t)));
    fc.assert(
      fc.property(text, fc.boolean(), (value, exists) => {
        const file = exists ? CASE : '---\norgan: SSU\n---\nKropp.\n';
        const out = setFields(file, [['konklusjon', { kind: 'text', text: value }]], ORDER);
        const read = data(out).konklusjon as string;
        // A line of nothing but spaces is written as an empty line; everything else is kept.
        const lines = value.split('\n');
        const expected = lines.length > 1 ? lines.map((l) => (l.trim() === '' ? '' : l)).join('\n') : value;
        expect(read.replace(/\n$/, '')).toBe(expected);
        expect(out.endsWith(exists ? '## Bakgrunn\n\nTekst.\n' : 'Kropp.\n')).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
