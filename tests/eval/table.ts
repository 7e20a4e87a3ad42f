import { type Figures, type Group, TARGETS } from './metrics.js';

const W = { label: 13, n: 4, cell: 6 } as const;
const COLS = ['h@1', 'h@3', 'MRR', 'fAbs', 'abst'] as const;

const num = (v: number | null): string => (v === null ? '-' : v.toFixed(2));
const pad = (s: string, w: number): string => s.padStart(w);

function cells(f: Figures, group: Group): string[] {
  const answerable = group !== 'unanswerable';
  const unanswerable = group === 'unanswerable' || group === 'overall';
  return [
    answerable ? num(f.hit1) : '-',
    answerable ? num(f.hit3) : '-',
    answerable ? num(f.mrr5) : '-',
    answerable ? num(f.falseAbstention) : '-',
    unanswerable ? num(f.abstention) : '-',
  ];
}

export interface TableRow {
  group: Group;
  /** Questions in the group (answerable + unanswerable). */
  n: number;
  /** One Figures per system, in the header's order. */
  bySystem: Figures[];
}

/** A fixed-width table: one row per group, one block of five columns per system, and the targets underneath. */
export function renderTable(title: string, systems: readonly string[], rows: readonly TableRow[]): string {
  const block = W.cell * COLS.length;
  const lines: string[] = [title];
  lines.push(
    `${''.padEnd(W.label + W.n)} ${systems.map((s) => ` | ${s.padStart((block + s.length) / 2).padEnd(block)}`).join('')}`,
  );
  lines.push(
    `${'kind'.padEnd(W.label)}${pad('n', W.n)} ${systems.map(() => ` | ${COLS.map((c) => pad(c, W.cell)).join('')}`).join('')}`,
  );
  for (const row of rows) {
    const blocks = row.bySystem.map(
      (f) =>
        ` | ${cells(f, row.group)
          .map((c) => pad(c, W.cell))
          .join('')}`,
    );
    lines.push(`${row.group.padEnd(W.label)}${pad(String(row.n), W.n)} ${blocks.join('')}`);
  }
  const target = [
    `≥${TARGETS.hit1}`,
    `≥${TARGETS.hit3}`,
    '-',
    `≤${TARGETS.falseAbstention}`,
    `≥${TARGETS.abstention}`,
  ];
  lines.push(
    `${'target'.padEnd(W.label)}${pad('', W.n)} ${systems.map(() => ` | ${target.map((c) => pad(c, W.cell)).join('')}`).join('')}`,
  );
  return lines.join('\n');
}

/** "✓"/"✗" per target for one system's overall figures. */
export function verdict(f: Figures): string {
  const mark = (ok: boolean | null) => (ok === null ? '-' : ok ? '✓' : '✗');
  const ge = (v: number | null, t: number) => (v === null ? null : v >= t - 1e-9);
  const le = (v: number | null, t: number) => (v === null ? null : v <= t + 1e-9);
  return [
    `h@1 ${mark(ge(f.hit1, TARGETS.hit1))}`,
    `h@3 ${mark(ge(f.hit3, TARGETS.hit3))}`,
    `abst ${mark(ge(f.abstention, TARGETS.abstention))}`,
    `fAbs ${mark(le(f.falseAbstention, TARGETS.falseAbstention))}`,
  ].join('  ');
}
