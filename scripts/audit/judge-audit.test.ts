import { describe, expect, it } from 'vitest';
import { judgeAudit } from './judge-audit';

const report = (vulnerabilities: Record<string, unknown>, counts: Partial<Record<string, number>>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } },
  });

describe('judgeAudit', () => {
  it('passes a report with nothing above moderate', () => {
    const verdict = judgeAudit(report({ foo: { severity: 'moderate', range: '<1.2.0' } }, { moderate: 1 }));
    expect(verdict).toEqual({ kind: 'pass', counts: { info: 0, low: 0, moderate: 1, high: 0, critical: 0 } });
  });

  it('fails on high or critical advisories and names them', () => {
    const verdict = judgeAudit(
      report(
        {
          zeta: { severity: 'critical', range: '<=2.0.0' },
          alpha: { severity: 'high', range: '>=1.0.0 <1.4.1' },
          mid: { severity: 'low' },
        },
        { critical: 1, high: 1, low: 1 },
      ),
    );
    expect(verdict.kind).toBe('fail');
    if (verdict.kind === 'fail')
      expect(verdict.findings).toEqual(['alpha >=1.0.0 <1.4.1: high', 'zeta <=2.0.0: critical']);
  });

  it('is unavailable, not passing, when the registry refuses the audit', () => {
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    expect(judgeAudit(refused)).toEqual({
      kind: 'unavailable',
      reason: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
    });
    expect(judgeAudit('').kind).toBe('unavailable');
    expect(judgeAudit('[]').kind).toBe('unavailable');
  });
});
