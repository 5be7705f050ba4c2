/**
 * The documents of a meeting are made from part of the repository when the cache
 * can tell which files they need (src/repo/scope.ts): the result must be exactly
 * what the whole repository gives, also after files change behind the cache.
 */
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/bundled.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

/** Every meeting of the bundled data, and a date without a meeting. */
function meetings(dir: string): [string, string][] {
  const out: [string, string][] = [];
  for (const body of readdirSync(join(dir, 'meetings'))) for (const f of readdirSync(join(dir, 'meetings', body))) out.push([body.toUpperCase(), f.slice(0, 10)]);
  return [...out, ['SSU', '2024-11-28']];
}

const COMMANDS = (body: string, date: string) => [
  ['agenda', body, date],
  ['agenda', body, date, '--with-papers', '--public', '--format', 'html'],
  ['minutes', body, date],
];

describe('documents of one meeting from part of the repository', () => {
  let cached = '';
  let whole = '';
  beforeAll(() => {
    cached = copyBundled('hf-scope-');
    whole = copyBundled('hf-scope-whole-');
    expect(hf(cached, ['validate']).code).not.toBe(2);
  });
  afterAll(() => {
    removeDir(cached);
    removeDir(whole);
  });

  /** The same command with the cache (part of the repository) and without one (all of it). */
  const expectSame = () => {
    for (const [body, date] of meetings(cached)) {
      for (const args of COMMANDS(body, date)) {
        rmSync(join(whole, '.hf-cache'), { recursive: true, force: true });
        expect(hf(cached, args), args.join(' ')).toEqual(hf(whole, args));
      }
    }
  };

  it('gives every meeting document exactly as the whole repository does', () => {
    expectSame();
  });

  it('loads only part of the repository', async () => {
    const scope = (await import(pathToFileURL(join(REPO_ROOT, 'dist', 'repo', 'scope.js')).href)) as typeof import('../../src/repo/scope.js');
    const part = await scope.loadMeetingScope(cached, 'SSU', '2024-09-26');
    expect(part).toBeDefined();
    const all = readdirSync(join(cached, 'cases'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
    expect(part!.repo.cases.length).toBeGreaterThan(0);
    expect(part!.repo.cases.length).toBeLessThan(all);
  });

  it('sees files changed, added and removed since the cache was written', () => {
    for (const dir of [cached, whole]) {
      // An item for FSU in a PM decision, edited in place.
      const pm = join(dir, 'cases/pm/2024/2024.4-handlingsplan-for-helsefelleskapet-i-vestfold-2025.md');
      writeFileSync(pm, readFileSync(pm, 'utf8').replace('    ansvar: SSU\n    frist: 2024-11-28\n', '    ansvar: FSU\n    frist: 2024-09-01\n'));
      // A new case on FSU's meeting that follows up an SSU case, and a removed one.
      writeFileSync(
        join(dir, 'cases/fsu/2024/2024.90-oppfolging.md'),
        '---\nsaksnr: "2024.90"\norgan: FSU\nmøte: 2024-09-05\ntittel: Oppfølging av SSU-saken\noppfølging_av: "SSU 2024.17"\n---\nTekst.\n',
      );
      const ssu = readdirSync(join(dir, 'cases/ssu/2024')).find((f) => f.startsWith('2024.28-'))!;
      rmSync(join(dir, 'cases/ssu/2024', ssu));
      appendFileSync(join(dir, 'meetings/fsu/2024-09-05.md'), '\nEndret.\n');
    }
    expectSame();
    const notice = hf(cached, ['agenda', 'FSU', '2024-09-05']).stdout;
    expect(notice).toContain('Oppfølging av SSU-saken');
    expect(notice).toContain('SSU konkretiserer og vedtar endelig');
    // Once cached, the PM case is chosen for FSU's notice by the bodies its items belong to.
    hf(cached, ['validate']);
    expect(hf(cached, ['agenda', 'FSU', '2024-09-05']).stdout).toBe(notice);
  });
});
