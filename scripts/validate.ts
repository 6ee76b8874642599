/**
 * `npm run validate`: checks every data file and prints every problem at once, one per line:
 *   data/events/water-war.json · water-war · start: "2000-13" is not a valid month
 * Exits 1 when anything is wrong, so the build (which runs this first) stops.
 */
import { loadDataset } from '../lib/dataset/load';
import { formatProblem } from '../lib/dataset/problem';

const { dataset, stories = [], problems, notices } = loadDataset();
for (const notice of notices) console.warn(`note: ${notice}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in data/. Nothing was built; fix the lines above (the format is described in data/README.md).`);
  process.exit(1);
}
if (dataset) {
  console.log(`data/ is valid: ${dataset.events.length} events, ${dataset.places.length} places, ${dataset.footnotes.length} footnotes, ${dataset.works.length} works, ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}.`);
}
