/** The specs' expect: a longer wait than the default 5 s, since CI machines (and busy dev boxes) can be slow. */
import { expect as base } from '@playwright/test';

export const expect = base.configure({ timeout: 15_000 });
