import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { hfVersion, judgeVersion } from '../../src/commands/shared/version.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

describe('the hf version a repository requires', () => {
  it('judges versions against ranges', () => {
    expect(judgeVersion('0.1.0', '>=0.1.0')).toEqual({ ok: true });
    expect(judgeVersion('0.1.0', '^0.1.0')).toEqual({ ok: true });
    expect(judgeVersion('0.1.0', '>=0.2.0')).toEqual({ ok: false, reason: 'tooOld' });
    expect(judgeVersion('1.0.0', '^0.1.0')).toEqual({ ok: false, reason: 'tooNew' });
    expect(judgeVersion('0.2.0-beta.1', '>=0.1.0')).toEqual({ ok: true });
    expect(judgeVersion('0.1.0', 'nyeste')).toEqual({ ok: false, reason: 'badRange' });
  });

  it('judges `>=x.y.z` without semver exactly as semver does', () => {
    const require = createRequire(import.meta.url);
    const satisfies = require('semver/functions/satisfies.js') as typeof import('semver/functions/satisfies.js');
    const part = fc.nat({ max: 30 }).map(String);
    const version = fc.tuple(part, part, part).map((p) => p.join('.'));
    // The requirement may be written with a leading zero, which semver refuses.
    const written = fc.tuple(fc.oneof(part, fc.constant('01')), part, part).map((p) => p.join('.'));
    fc.assert(
      fc.property(version, written, fc.constantFrom('>=', '>= ', '>=v'), (have, need, op) => {
        const verdict = judgeVersion(have, `${op}${need}`);
        if (need.startsWith('01')) expect(verdict).toEqual({ ok: false, reason: 'badRange' });
        else expect(verdict).toEqual(satisfies(have, `>=${need}`, { includePrerelease: true }) ? { ok: true } : { ok: false, reason: 'tooOld' });
      }),
    );
  });

  describe('on the command line', () => {
    let dir = '';
    afterEach(() => removeDir(dir));

    const requiring = (range: string): string => {
      dir = copyBundled();
      const file = join(dir, 'hf.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^hf_versjon: .*$/m, `hf_versjon: "${range}"`));
      return dir;
    };

    it('accepts the bundled repository', () => {
      expect(hf(copyBundledInto(), ['validate']).stderr).not.toMatch(/hf_versjon/);
    });

    it('says clearly when hf is too old, for every command that opens the repository', () => {
      requiring('>=99.0.0');
      const r = hf(dir, ['validate']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Repoet krever hf >=99.0.0 (hf_versjon i hf.yaml), men denne hf er versjon ${hfVersion()}, som er for gammel`);
      expect(r.stderr).toContain('npm install --global');
      expect(r.stdout).toBe('');
      const list = hf(dir, ['list', 'cases', '--lang', 'en']);
      expect(list.code).toBe(2);
      expect(list.stderr).toContain('which is too old');
      const commands = [
        ['new-case', '--organ', 'SSU', '--title', 'Ny sak', '--meeting', '2024-09-26'],
        ['new-meeting', 'SSU', '2024-11-28'],
        ['agenda', 'SSU', '2024-09-26'],
        ['minutes', 'SSU', '2024-05-23'],
        ['show', 'SSU', '2024.28'],
        ['search', 'beredskap'],
        ['calendar'],
        ['plan', '2025'],
        ['mandate', 'check'],
      ];
      for (const args of commands) {
        const r = hf(dir, args);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr, args.join(' ')).toContain('som er for gammel');
      }
      expect(readdirSync(join(dir, 'meetings', 'ssu'))).not.toContain('2024-11-28.md'); // nothing was written
    });

    it('says when the repository was made for an earlier major version', () => {
      requiring('^0.0.1');
      const r = hf(dir, ['validate']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('nyere enn repoet er laget for');
    });

    it('names an unreadable requirement', () => {
      requiring('nyeste');
      const r = hf(dir, ['validate']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('hf_versjon `nyeste` i hf.yaml er ikke et gyldig versjonskrav');
    });

    function copyBundledInto(): string {
      dir = copyBundled();
      return dir;
    }
  });
});
