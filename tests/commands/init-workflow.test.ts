/**
 * The acceptance test of `hf init`: in an empty folder, non-interactively, a new
 * repository where `hf new-meeting`, `hf new-case`, `hf agenda` and `hf validate`
 * work at once. tests/package/ci.test.ts installs hf into such a repository as
 * its CI does and runs every step of the jobs.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hf, removeDir } from '../helpers/cli.js';

let base = '';
let repo = '';
/** Before the meeting, so the new repository has nothing to warn about. */
const NOW = { HF_NOW: '2025-03-01' };

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'hf-init-flow-'));
  repo = join(base, 'repo');
});
afterAll(() => removeDir(base));

describe('a new repository from hf init', () => {
  it('works at once with new-meeting, new-case, agenda and validate', () => {
    const init = hf(base, ['init', 'repo', '--name', 'Helsefellesskapet i Testfylke', '--no-npm'], NOW);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const meeting = hf(repo, ['new-meeting', 'SSU', '2025-03-27'], NOW);
    expect(meeting.stderr).not.toMatch(/^hf:/m);
    expect(meeting.code).toBe(0);
    const kase = hf(repo, ['new-case', '--organ', 'SSU', '--title', 'Budsjett 2025', '--type', 'Beslutning', '--meeting', '2025-03-27'], NOW);
    expect(kase.stderr).toBe('');
    expect(kase.code).toBe(0);
    const agenda = hf(repo, ['agenda', 'SSU', '2025-03-27'], NOW);
    expect(agenda.stderr).toBe('');
    expect(agenda.code).toBe(0);
    expect(agenda.stdout).toContain('Budsjett 2025');
    expect(agenda.stdout).toContain('Helsefellesskapet i Testfylke');
    const validate = hf(repo, ['validate'], NOW);
    expect(validate.stdout).toMatch(/^Ingen problemer i \d+ filer\.\n$/);
    expect(validate.code).toBe(0);
  });
});
