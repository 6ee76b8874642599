import type { Story } from '@/lib/schema/story';
import { readStoryFile } from '@/lib/story/readStoryFile';
import { storyFileName } from '@/lib/story/summary';

const requests = new Map<string, Promise<Story>>();

/**
 * A story's steps, fetched from /data/stories/<id>.json once per page (a failed request is
 * forgotten, so "Try again" asks again). Only story mode needs them: they are not in the page.
 */
export function loadStory(basePath: string, id: string): Promise<Story> {
  let request = requests.get(id);
  if (!request) {
    request = fetch(`${basePath}/data/${storyFileName(id)}`)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json();
      })
      .then((json) => readStoryFile(json, id));
    request.catch(() => requests.delete(id));
    requests.set(id, request);
  }
  return request;
}
