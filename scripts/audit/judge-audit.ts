/**
 * Reads `npm audit --json` output and decides: pass (no high or critical advisory in the runtime dependencies),
 * fail (some, listed), or unavailable (the registry did not answer the audit: no verdict either way).
 */
export type AuditVerdict =
  | { kind: 'pass'; counts: Record<Severity, number> }
  | { kind: 'fail'; counts: Record<Severity, number>; findings: string[] }
  | { kind: 'unavailable'; reason: string };

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
type Severity = (typeof SEVERITIES)[number];
const BLOCKING: readonly Severity[] = ['high', 'critical'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function judgeAudit(stdout: string): AuditVerdict {
  let report: unknown;
  try {
    report = JSON.parse(stdout);
  } catch {
    return {
      kind: 'unavailable',
      reason: `npm audit printed no JSON: ${stdout.trim().slice(0, 200) || '(nothing)'}`,
    };
  }
  if (!isRecord(report))
    return { kind: 'unavailable', reason: 'npm audit printed JSON that is not a report' };
  const metadata = report.metadata;
  const totals = isRecord(metadata) ? metadata.vulnerabilities : undefined;
  if (!isRecord(totals)) {
    // An error answer: `{ message, statusCode, error }` (e.g. 405 where the registry serves no audit endpoint).
    const message =
      typeof report.message === 'string' ? report.message : JSON.stringify(report.error ?? report);
    return { kind: 'unavailable', reason: message.slice(0, 300) };
  }
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, typeof totals[s] === 'number' ? totals[s] : 0]),
  ) as Record<Severity, number>;
  const findings: string[] = [];
  const vulnerabilities = isRecord(report.vulnerabilities) ? report.vulnerabilities : {};
  for (const [name, entry] of Object.entries(vulnerabilities).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!isRecord(entry) || !BLOCKING.includes(entry.severity as Severity)) continue;
    const range = typeof entry.range === 'string' ? ` ${entry.range}` : '';
    findings.push(`${name}${range}: ${String(entry.severity)}`);
  }
  const blocking = counts.high + counts.critical;
  if (blocking > 0 || findings.length > 0) return { kind: 'fail', counts, findings };
  return { kind: 'pass', counts };
}
