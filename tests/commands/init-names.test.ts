/**
 * `hf init` and the names it is given: a name, a body's name or a branch with a
 * line break or another control character is refused with the character named,
 * a body code Windows reserves (CON, AUX, NUL, COM1 …) is refused, and whatever
 * reaches the templates cannot add YAML of its own to the generated hf.yaml.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { hfYaml, USUAL_BODIES } from '../../src/commands/init/files.js';
import { githubWorkflow, gitlabCi } from '../../src/commands/init/files.js';
import type { InitAnswers } from '../../src/commands/init/answers.js';
import { hf, removeDir } from '../helpers/cli.js';

let dir = '';
afterEach(() => removeDir(dir));
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'hf-init-names-')));

const answers = (name: string, branch = 'main'): InitAnswers => ({
  name,
  lang: 'nb',
  bodies: USUAL_BODIES.map((b) => ({ ...b, name: `${b.name} ${name}` })),
  branch,
  hfRange: '^0.1.0',
  hfName: '@helsefellesskap/hf',
  hfPackage: '@helsefellesskap/hf@^0.1.0',
  node: '>=20',
});

describe('hf init refuses names that cannot stand in hf.yaml', () => {
  it.each([
    ['--name', 'Helsefellesskapet\nBEGIN: oops', 'U+000A LINE FEED'],
    ['--name', 'Helsefellesskapet\u001b[31m', 'U+001B ESCAPE'],
    ['--name', 'Helse\u202Etepacs', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['--branch', 'main\nname: x', 'U+000A LINE FEED'],
    ['--body', 'UU=Underutvalg\u0007', 'U+0007 BELL'],
  ])('%s with %j', (option, value, char) => {
    fresh();
    const args = ['init', '--name', 'Helsefellesskapet Elvedalen'];
    if (option === '--name') args[2] = value;
    else args.push(option, value);
    const r = hf(dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(char);
    expect(r.stderr).toContain('hf.yaml');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(['CON', 'con', 'Aux', 'NUL', 'PRN', 'COM1', 'lpt9', 'COM0'])('refuses the body code %s, which Windows reserves', (code) => {
    fresh();
    const r = hf(dir, ['init', '--name', 'Helsefellesskapet Elvedalen', '--body', `${code}=Et organ`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`Organet \`${code.toUpperCase()}\` kan ikke brukes: koden blir et mappenavn, og Windows reserverer`));
    expect(existsSync(join(dir, 'hf.yaml'))).toBe(false);
  });
});

describe('the generated files', () => {
  it('hold any name as its value and nothing more, whatever the name holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 12 }), (name, branch) => {
        const text = hfYaml(answers(name, branch));
        const data = parse(text) as Record<string, unknown>;
        expect(data.navn).toBe(name);
        expect(Object.keys(data)).toEqual(['navn', 'språk', 'hf_versjon', 'sakstyper', 'sekretariat', 'organer']);
        // The comment at the top is one line.
        expect(text.split('\n')[0]).toMatch(/^# .* — partnerskapets oppsett for hf\.$/);
        for (const workflow of [githubWorkflow(answers(name, branch)), gitlabCi(answers(name, branch))]) {
          expect(workflow.split('\n')[0]).toMatch(/^# Kontrollerer repoet med hf i hver (pull|merge) request og på [^\n]*$/);
          expect(() => parse(workflow)).not.toThrow();
        }
      }),
      { seed: 1313, numRuns: 300 },
    );
  });
});
