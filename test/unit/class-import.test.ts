import { describe, expect, it } from 'vitest';
import { sweepResults } from '../../src/core/sweep-results';
import { exportTaskPack, parseTaskPack } from '../../src/core/task-pack';
import { taskById } from '../../src/core/tasks';
import { encodeShare, shareFile } from '../../src/share/share-link';
import { extractLinks, readFile, readLink } from '../../src/ui/class/class-import';
import { ClassSession } from '../../src/ui/class/class-session.svelte';
import { studentRun, studentSweep, sweepLink, TINYLLAMA } from '../fixtures/class-results';

/* Reading what a class sends back (links, share files, results files, runs) and the Class page's state. */

function file(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

describe('finding links in pasted text', () => {
  it('takes every link, with words around it, and drops sentence punctuation after it', () => {
    const text = ['Period 3 (see #slack):', '', 'Ann: https://lab.example/#sl1.abc_-9 thanks!', '(Ben) https://lab.example/#sl1.XYZ.', '#sl1.one #sl1.two,', '#sl2.newer', '   '].join('\n');
    expect(extractLinks(text)).toEqual({ links: ['#sl1.abc_-9', '#sl1.XYZ', '#sl1.one', '#sl1.two', '#sl2.newer'], linesWithoutLink: 1 });
  });
});

describe('reading one result', () => {
  it('a run link and the same run as a share file or as a run’s JSON are one result (same fingerprint)', async () => {
    const run = await studentRun('ann-1', { baseline: 'pass', 'best-of-n': 'wrong_answer' });
    const fromLink = await readLink(`https://lab.example/${await encodeShare({ kind: 'run', run })}`);
    const fromShareFile = readFile(shareFile({ kind: 'run', run }));
    const fromRunFile = readFile(JSON.stringify(run, null, 2));
    if (!fromLink.ok || !fromShareFile.ok || !fromRunFile.ok) throw new Error('expected three readable results');
    expect(fromLink.description).toBe(`Run: Is it prime? · ${TINYLLAMA} · 2 strategies`);
    expect(fromShareFile.fingerprint).toBe(fromLink.fingerprint);
    expect(fromRunFile.fingerprint).toBe(fromLink.fingerprint);
    expect(fromLink.contribution.tallies.map((t) => [t.strategyLabel, t.passes, t.n])).toEqual([
      ['Baseline', 1, 1],
      ['Best-of-N', 0, 1],
    ]);
  });

  it('a sweep summary link names strategies from the registry; a results file brings per-task verdicts', async () => {
    const records = studentSweep([{ model: TINYLLAMA, strategy: 'best-of-n', passes: 7 }]);
    const summary = await readLink(await sweepLink('Ann', records));
    if (!summary.ok) throw new Error(summary.error);
    expect(summary.description).toBe('Sweep summary “Ann”: 1 row');
    expect(summary.contribution).toEqual({ tallies: [{ strategyId: 'best-of-n', strategyLabel: 'Best-of-N', modelLabel: TINYLLAMA, n: 10, passes: 7, totalTokens: 4500 }], answers: [], ungraded: 0 });

    const results = readFile(JSON.stringify(sweepResults(records)));
    if (!results.ok) throw new Error(results.error);
    expect(results.description).toBe('Sweep results: 10 cells over 5 tasks');
    expect(results.contribution.tallies).toEqual(summary.contribution.tallies);
    expect(results.contribution.answers).toHaveLength(10);
  });

  it('says what is wrong with anything else, and never throws', async () => {
    const pack = parseTaskPack(exportTaskPack('Week 3', [taskById('gcd')!]));
    if (!pack.ok) throw new Error(pack.error);
    expect(await readLink(await encodeShare({ kind: 'task-pack', pack: pack.pack }))).toEqual({ ok: false, error: 'This link holds a task pack (“Week 3”), not a student\'s result.' });
    expect(readFile(shareFile({ kind: 'task-pack', pack: pack.pack }))).toEqual({ ok: false, error: 'This file holds a task pack (“Week 3”), not a student\'s result.' });
    expect(readFile('not json')).toEqual({ ok: false, error: 'This is not a Strategy Lab result: the file is not JSON.' });
    expect(readFile('Ann https://lab.example/#sl1.abc')).toEqual({ ok: false, error: 'This file holds share links as text: paste them into the box for links instead.' });
    expect(readFile('{"format":"strategy-lab/task-pack","tasks":[]}')).toEqual({ ok: false, error: 'This is not a student\'s result: its format is “strategy-lab/task-pack”.' });
    expect(readFile('[1, 2]')).toEqual({ ok: false, error: 'This is not a Strategy Lab result: expected a share file, a sweep results file or a run.' });
    expect(readFile('null')).toEqual({ ok: false, error: 'This is not a Strategy Lab result: expected a share file, a sweep results file or a run.' });
    const broken = readFile('{"format":"strategy-lab/sweep-results","formatVersion":1,"records":[{"cell":{}}]}');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error).toMatch(/^The results file is invalid at records\.0\./);
    const cut = await readLink((await sweepLink('Ann', studentSweep([{ model: TINYLLAMA, strategy: 'baseline', passes: 1 }]))).slice(0, -25));
    expect(cut.ok).toBe(false);
  });
});

describe('the Class page’s state', () => {
  it('numbers entries, labels them "Student N" or by file name, and pools them by student name', async () => {
    const session = new ClassSession();
    const ann = await sweepLink('Ann', studentSweep([{ model: TINYLLAMA, strategy: 'baseline', passes: 6 }]));
    const ben = await sweepLink('Ben', studentSweep([{ model: TINYLLAMA, strategy: 'baseline', passes: 2 }]));
    await session.addLinks(`hello\n${ann}\n${ben}`);
    expect(session.notice).toBe('Added 2 links; 1 line without a share link skipped.');
    await session.addFiles([file('cleo.results.json', JSON.stringify(sweepResults(studentSweep([{ model: TINYLLAMA, strategy: 'baseline', passes: 4 }]))))]);
    expect(session.shown.map((e) => [e.number, e.student])).toEqual([
      [1, 'Student 1'],
      [2, 'Student 2'],
      [3, 'cleo.results'],
    ]);
    expect(session.summary.rows[0]!.students).toBe(3);

    // Ann's second link, given Ben's name: one student with 6 + 2 of 20.
    session.rename(session.entries[1]!.id, '  Student 1 ');
    expect(session.summary.students).toBe(2);
    expect(session.summary.rows[0]!.perStudent.map((s) => [s.student, s.passes, s.n])).toEqual([
      ['Student 1', 8, 20],
      ['cleo.results', 4, 10],
    ]);
    // An emptied name falls back to the default.
    session.rename(session.entries[1]!.id, '   ');
    expect(session.shown[1]!.student).toBe('Student 2');
  });

  it('counts the same result once however it arrived, and says how the entries stand', async () => {
    const session = new ClassSession();
    const run = await studentRun('ann-1', { baseline: 'pass', 'best-of-n': 'pass' });
    await session.addLinks(`${await encodeShare({ kind: 'run', run })}\n#sl1.%%%`);
    await session.addFiles([file('ann.json', shareFile({ kind: 'run', run }))]);
    expect(session.shown.map((e) => e.duplicateOf)).toEqual([null, null, 1]);
    expect(session.standing).toBe('3 entries: 1 counted, 1 duplicate counted once, 1 not readable (see the list below).');
    expect(session.summary.rows.map((r) => r.n)).toEqual([1, 1]);

    // Removing the first makes the copy count.
    session.remove(session.entries[0]!.id);
    expect(session.shown.map((e) => e.duplicateOf)).toEqual([null, null]);
    expect(session.summary.rows.map((r) => [r.n, r.perStudent[0]!.student])).toEqual([
      [1, 'ann'],
      [1, 'ann'],
    ]);
  });

  it('clearing forgets the class, and a reading that finishes afterwards does not bring it back', async () => {
    const session = new ClassSession();
    const pending = session.addLinks(await sweepLink('Ann', studentSweep([{ model: TINYLLAMA, strategy: 'baseline', passes: 6 }])));
    expect(session.standing).toBe('1 entry: 0 counted, 1 still being read.');
    session.clear();
    await pending;
    expect(session.entries).toEqual([]);
    expect(session.summary.rows).toEqual([]);
    await session.addLinks('#sl1.x');
    expect(session.shown[0]!.student).toBe('Student 1');
  });
});
