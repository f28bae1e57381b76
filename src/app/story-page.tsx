/**
 * `/stories/:slug`: the interview feature's story page, with the jobs feature's cards for the jobs listed with it
 * (features do not import each other; the app composes them).
 */
import StoryRoute from '../features/interview/story-route';
import { ListedJobCards } from '../features/jobs/listed-jobs';

const renderListedJobs = (ids: readonly string[]) => <ListedJobCards ids={ids} />;

export default function StoryPage() {
  return <StoryRoute renderListedJobs={renderListedJobs} />;
}
