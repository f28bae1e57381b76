/**
 * What the hardening specs watch on every page: uncaught exceptions and unhandled rejections ('pageerror'),
 * console errors, and Content Security Policy violations (a 'securitypolicyviolation' listener installed before
 * any page script runs). Each test asserts the lists are empty at the end.
 */
import type { Page } from '@playwright/test';

export interface Health {
  /** Uncaught errors, unhandled rejections and console errors, as readable lines. */
  errors: string[];
  /** Read the CSP violations the page has seen so far (one line per violation). */
  violations(): Promise<string[]>;
}

export interface HealthOptions {
  /**
   * The browser's own "Failed to load resource: … 404/500" line is expected for a fault a test injects on
   * purpose: allow it for URLs this accepts. Nothing else is ever allowed.
   */
  allowFailedResource?: (url: string) => boolean;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export async function watchHealth(
  page: Page,
  { allowFailedResource = () => false }: HealthOptions = {},
): Promise<Health> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const url = message.location().url;
    if (
      /^Failed to load resource: the server responded with a status of \d+/.test(text) &&
      allowFailedResource(url)
    )
      return;
    errors.push(`console.error: ${text}${url ? ` (${url})` : ''}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  return {
    errors,
    violations: () => page.evaluate(() => window.__cspViolations ?? []),
  };
}
