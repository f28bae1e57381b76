// jest-dom matchers are harmless in the node environment and needed in jsdom files.
import '@testing-library/jest-dom/vitest';
