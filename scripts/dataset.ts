/** `npm run --silent dataset`: the validated dataset as one JSON document on stdout. */
import { toDatasetDocument } from '../lib/dataset/document';
import { loadDataset } from '../lib/dataset/load';
import { formatProblem } from '../lib/dataset/problem';

const { dataset, stories, problems } = loadDataset();
if (!dataset) {
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(toDatasetDocument(dataset, stories), null, 2)}\n`);
