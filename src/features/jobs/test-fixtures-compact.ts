/** TEST FIXTURE: the hand-written jobs as the build step would encode them in index.json. */
import { encodeIndex } from '../../shared/compact-index';
import { FIXTURE_INDEX, fixtureDetail } from './test-fixtures';

export const compactIndex = encodeIndex(
  FIXTURE_INDEX.jobs.map((job) => {
    const { sections: _sections, facts: _facts, ...summary } = fixtureDetail(job.id);
    return summary;
  }),
  FIXTURE_INDEX.generatedAt,
);
