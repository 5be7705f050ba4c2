import { describe, expect, it } from 'vitest';
import { displayLength, fitWidths, outputWidth, renderTable, truncate } from '../../src/commands/shared/table.js';

describe('tables that fit the terminal', () => {
  it('truncates with an ellipsis', () => {
    expect(truncate('Skrøpelige eldre', 20)).toBe('Skrøpelige eldre');
    expect(truncate('Skrøpelige eldre', 8)).toBe('Skrøpel…');
    expect(truncate('Skrøpelige eldre', 11)).toBe('Skrøpelige…');
    expect(truncate('abc', 1)).toBe('…');
  });

  it('keeps natural widths when there is room', () => {
    const out = renderTable([{ header: 'Sak' }, { header: 'Tittel', shrink: 1 }], [['SSU 2024.28', 'Beredskap']], 80);
    expect(out).toBe('Sak          Tittel\nSSU 2024.28  Beredskap\n');
  });

  it('shrinks the most willing columns first and never exceeds the width', () => {
    const cols = [{ header: 'Sak' }, { header: 'Type', shrink: 2, min: 5 }, { header: 'Tittel', shrink: 1, min: 8 }];
    const rows = [['SSU 2024.28', 'Orientering, Diskusjon', 'Status og videre tilnærming til revisjon av delavtale beredskap']];
    expect(fitWidths(cols, rows, 60)).toEqual([11, 15, 30]); // the title gives half as readily, so it stays twice as wide
    for (const width of [30, 45, 60, 80]) {
      for (const line of renderTable(cols, rows, width).trimEnd().split('\n')) expect(displayLength(line)).toBeLessThanOrEqual(width);
    }
    expect(renderTable(cols, rows, 45)).toMatch(/Orient\S*…/);
    expect(fitWidths(cols, rows, 20)).toEqual([3, 5, 8]); // below every minimum: the others give too
  });

  it('fits to the terminal, else COLUMNS, else 80', () => {
    expect(outputWidth({ isTTY: true, columns: 120 }, {})).toBe(120);
    expect(outputWidth({ isTTY: false }, { COLUMNS: '100' })).toBe(100);
    expect(outputWidth({}, {})).toBe(80);
  });
});
