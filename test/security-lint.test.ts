/**
 * Document text is rendered as text, never as HTML (issue 6). The ESLint rule in eslint.config.js that forbids
 * dangerouslySetInnerHTML and innerHTML in src/ is checked through ESLint's own API, so it cannot silently
 * disappear; and a scan of src/ catches the ways around a JSX-only rule (createElement props, outerHTML,
 * insertAdjacentHTML, document.write, eval).
 */
import { ESLint } from 'eslint';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const eslint = new ESLint({ cwd: REPO });

async function lint(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO, filePath) });
  return (result?.messages ?? []).filter((m) => m.severity === 2);
}

describe('the no-HTML lint rule', () => {
  it('flags dangerouslySetInnerHTML in a component under src/', async () => {
    const errors = await lint(
      'export function Bad({ html }: { html: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: html }} />;\n}\n',
      'src/features/jobs/lint-probe.tsx',
    );
    expect(errors.map((e) => e.ruleId)).toContain('no-restricted-syntax');
    expect(errors.map((e) => e.message).join('\n')).toMatch(/dangerouslySetInnerHTML is forbidden/);
  });

  it('flags innerHTML under src/', async () => {
    const errors = await lint(
      'export function bad(el: HTMLElement, text: string) {\n  el.innerHTML = text;\n}\n',
      'src/ui/lint-probe.ts',
    );
    expect(errors.map((e) => e.message).join('\n')).toMatch(/innerHTML is forbidden/);
  });

  it('passes the same component rendering text (so the errors above are the rule, not a parse failure)', async () => {
    const errors = await lint(
      'export function Good({ text }: { text: string }) {\n  return <div>{text}</div>;\n}\n',
      'src/features/jobs/lint-probe.tsx',
    );
    expect(errors).toEqual([]);
  });
});

describe('the source', () => {
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return sourceFiles(full);
      return /\.(ts|tsx)$/.test(name) ? [full] : [];
    });
  }

  it('renders no HTML string and evaluates no string anywhere in src/ (tests aside)', () => {
    const forbidden = [
      /dangerouslySetInnerHTML/,
      /\.innerHTML\b/,
      /\.outerHTML\b/,
      /insertAdjacentHTML/,
      /document\.write/,
      /\beval\(/,
      /new Function\(/,
      /createContextualFragment/,
    ];
    const hits: string[] = [];
    // What ships: a test is not shipped, and may evaluate a string it owns (prerendered-url.test.ts runs the page's
    // inline head script to check what it does).
    for (const file of sourceFiles(path.join(REPO, 'src')).filter((f) => !/\.test\.tsx?$/.test(f))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      for (const [i, line] of lines.entries()) {
        // Comments may name what is forbidden (this rule's own documentation does).
        const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
        for (const pattern of forbidden)
          if (pattern.test(code)) hits.push(`${path.relative(REPO, file)}:${i + 1}: ${line.trim()}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
