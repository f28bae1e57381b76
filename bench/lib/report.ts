/**
 * What a benchmark run prints and records: section headings, aligned tables, one line per budget (✔ met / ✖ missed
 * with the figure), skipped parts with their reason, and correctness failures (which make the run exit non-zero).
 * Everything printed is also kept as data so that a run can be saved as JSON (`--json <file>`).
 */

export type BudgetStatus = 'met' | 'missed' | 'skipped';

export interface BudgetLine {
  section: string;
  name: string;
  status: BudgetStatus;
  /** The measured figure, formatted. */
  figure: string;
  /** The budget, formatted ("≤ 2 ms"). */
  budget: string;
}

export interface Table {
  section: string;
  title: string;
  head: string[];
  rows: string[][];
}

export class Report {
  readonly budgets: BudgetLine[] = [];
  readonly tables: Table[] = [];
  readonly failures: string[] = [];
  readonly skipped: { section: string; reason: string }[] = [];
  readonly notes: { section: string; text: string }[] = [];
  private section = '';

  constructor(private readonly out: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {}

  heading(title: string): void {
    this.section = title;
    this.out('');
    this.out(`━━ ${title} ${'━'.repeat(Math.max(3, 76 - title.length))}`);
  }

  note(text: string): void {
    this.notes.push({ section: this.section, text });
    this.out(`  ${text}`);
  }

  table(title: string, head: string[], rows: string[][]): void {
    this.tables.push({ section: this.section, title, head, rows });
    if (title !== '') this.out(`  ${title}`);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]) =>
      `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`;
    this.out(line(head));
    this.out(`  ${widths.map((w) => '─'.repeat(w)).join('  ')}`);
    for (const row of rows) this.out(line(row));
  }

  /** A budget: `met` decides the mark; the figure and budget are printed as given. */
  budget(name: string, met: boolean, figure: string, budget: string): void {
    const status: BudgetStatus = met ? 'met' : 'missed';
    this.budgets.push({ section: this.section, name, status, figure, budget });
    this.out(`  ${met ? '✔ met   ' : '✖ missed'}  ${name}: ${figure} (budget ${budget})`);
  }

  /** A budget that could not be measured this run. */
  budgetSkipped(name: string, budget: string, reason: string): void {
    this.budgets.push({ section: this.section, name, status: 'skipped', figure: reason, budget });
    this.out(`  – skipped  ${name} (budget ${budget}): ${reason}`);
  }

  skip(reason: string): void {
    this.skipped.push({ section: this.section, reason });
    this.out(`  skipped: ${reason}`);
  }

  /** A correctness failure: printed loudly; the run exits non-zero. */
  fail(message: string): void {
    this.failures.push(`${this.section}: ${message}`);
    this.out(`  ✖✖ MISMATCH ✖✖ ${message}`);
  }

  summary(): void {
    const met = this.budgets.filter((b) => b.status === 'met').length;
    const missed = this.budgets.filter((b) => b.status === 'missed');
    const skipped = this.budgets.filter((b) => b.status === 'skipped').length;
    this.heading('Summary');
    this.out(`  budgets: ${met} met, ${missed.length} missed, ${skipped} skipped`);
    for (const b of missed)
      this.out(`  ✖ missed  [${b.section}] ${b.name}: ${b.figure} (budget ${b.budget})`);
    if (this.failures.length > 0) {
      this.out(`  ✖✖ ${this.failures.length} correctness failure(s):`);
      for (const f of this.failures) this.out(`     ${f}`);
    } else this.out('  correctness: every engine agreed with the reference');
  }

  toJSON(): object {
    return {
      budgets: this.budgets,
      tables: this.tables,
      failures: this.failures,
      skipped: this.skipped,
      notes: this.notes,
    };
  }
}
