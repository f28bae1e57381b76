// jest-dom matchers are harmless in the node environment and needed in jsdom files.
import '@testing-library/jest-dom/vitest';

// Testing Library's waits (findBy…, waitFor) wait for a condition, but give up after 1 s by default: on a busy
// 2-core machine, rendering a long story in jsdom takes longer than that (story-route failed so). The deadline only
// decides how soon a real failure is reported, so it is set once here for every jsdom test.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 15_000 });
}
