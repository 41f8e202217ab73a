import { describe, expect, it } from 'vitest';
import { csvCell, runCsv, sweepCsv } from '../../src/core/csv';
import { record } from '../helpers/sweep-records';
import { replayOriginal } from './helpers/original-run';

describe('CSV export', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"\nthen go')).toBe('"say ""hi""\nthen go"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('writes one row per sweep cell under a header', () => {
    const csv = sweepCsv([record(['pass', 'wrong_answer'], { strategy: 'best-of-n', label: 'Best-of-N', seed: 2 }), record(['compile_error'])]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('model,task,strategy,seed,verdict,candidates,candidates_passing,calls,prompt_tokens,completion_tokens,wall_ms,reason');
    expect(lines[1]).toBe('tiny,is-prime,Best-of-N,2,pass,2,1,2,100,200,2000,test');
    expect(lines[2]).toBe('tiny,is-prime,baseline,1,compile_error,1,0,1,50,100,1000,test');
  });

  it('writes one row per strategy of a run', async () => {
    const lines = runCsv(await replayOriginal()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^is-prime,Baseline,/);
  });
});
