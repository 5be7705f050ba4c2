/** Shell completion never hands the shell a control character from a file or folder name, or from hf.yaml. */
import { describe, expect, it } from 'vitest';
import { formatCandidates } from '../../src/commands/completion/complete.js';

describe('completion candidates from the repository', () => {
  it('leave out names with control characters and clean descriptions', () => {
    const out = formatCandidates([
      { value: 'ssu', description: 'Strategisk \u001b]0;pwned\u0007samarbeidsutvalg\u202e' },
      { value: 'fsu\u001b[2J' },
      { value: 'a\nrm -rf ~' },
      { value: '2024.17' },
    ]);
    expect(out).toBe('ssu\tStrategisk ]0;pwnedsamarbeidsutvalg\n2024.17\n');
  });
});
