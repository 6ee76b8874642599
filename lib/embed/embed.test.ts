import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_STATE } from '../url/state';
import { parseEmbedOptions } from './options';
import { readHostMessage } from './protocol';
import { embedSnippet, embedSrc } from './snippet';

describe('embed options', () => {
  it('reads view and height, with defaults for anything odd', () => {
    assert.deepEqual(parseEmbedOptions('view=both&height=720'), { view: 'both', height: 720 });
    assert.deepEqual(parseEmbedOptions('view=<script>&height=99999'), { view: 'timeline', height: 600 });
    assert.deepEqual(parseEmbedOptions('height=12.5'), { view: 'timeline', height: 600 });
  });
});

describe('embed snippet', () => {
  const state = { ...EMPTY_STATE, years: { from: 2000, to: 2005 }, place: ['cochabamba-department'], event: 'water-war', view: 'list' as const };
  it('carries the exact view: filters, selection, embed options', () => {
    assert.equal(
      embedSrc('https://example.org/embed/', state, { view: 'both', height: 700 }),
      'https://example.org/embed/?t=2000..2005&place=cochabamba-department&event=water-war&view=both&height=700',
    );
  });
  it('escapes attribute values and includes the host script', () => {
    const html = embedSnippet({
      embedUrl: 'https://example.org/es/embed/', scriptUrl: 'https://example.org/embed.js', state: { ...state, q: 'a"b<c' },
      options: { view: 'timeline', height: 600 }, responsive: true, title: 'Línea "de" tiempo',
    });
    assert.match(html, /src="https:\/\/example\.org\/es\/embed\/\?t=2000\.\.2005&amp;place=cochabamba-department&amp;q=a%22b%3Cc&amp;event=water-war"/);
    assert.match(html, /title="Línea &quot;de&quot; tiempo"/);
    assert.match(html, /width="100%" height="600"/);
    assert.match(html, /<script src="https:\/\/example\.org\/embed\.js" async><\/script>/);
  });
});

describe('host messages', () => {
  it('accepts only well-formed show messages', () => {
    assert.deepEqual(readHostMessage({ type: 'bolivia-timeline:show', id: 'water-war' }), { type: 'bolivia-timeline:show', id: 'water-war' });
    assert.equal(readHostMessage({ type: 'bolivia-timeline:show', id: '<img>' }), null);
    assert.equal(readHostMessage('bolivia-timeline:show'), null);
    assert.equal(readHostMessage(null), null);
  });
  it('accepts a story and its step strictly, and never a message that is both', () => {
    const show = 'bolivia-timeline:show';
    assert.deepEqual(readHostMessage({ type: show, story: 'from-katari-to-el-alto', step: 3 }), { type: show, story: 'from-katari-to-el-alto', step: 3 });
    for (const step of [0, -1, 2.5, '3', null, undefined, 1000, Number.NaN]) {
      assert.equal(readHostMessage({ type: show, story: 'from-katari-to-el-alto', step }), null, `step ${String(step)}`);
    }
    assert.equal(readHostMessage({ type: show, story: 'From Katari', step: 1 }), null);
    assert.equal(readHostMessage({ type: show, step: 1 }), null);
    assert.equal(readHostMessage({ type: show, id: 'water-war', story: 'from-katari-to-el-alto', step: 1 }), null);
    assert.equal(readHostMessage({ type: 'bolivia-timeline:step', story: 'from-katari-to-el-alto', step: 1 }), null);
  });
});

describe('oEmbed', async () => {
  const { oembedFor, oembedHref, oembedPath } = await import('./oembed');
  const { oembedFiles } = await import('./oembedFiles');
  const events = [{ id: 'water-war', title: { en: 'Water War', es: 'Guerra del Agua' } }] as unknown as Parameters<typeof oembedFiles>[0]['events'];

  it('is a rich oEmbed 1.0 response whose html embeds the event', () => {
    const o = oembedFor({ siteUrl: 'https://example.org/bolivia', locale: 'en', title: 'Water War', providerName: 'Site', event: 'water-war' });
    assert.equal(o.version, '1.0');
    assert.equal(o.type, 'rich');
    assert.equal(o.provider_url, 'https://example.org/bolivia/');
    assert.match(o.html, /src="https:\/\/example\.org\/bolivia\/embed\/\?event=water-war"/);
    assert.equal(oembedPath('water-war'), '/oembed/events/water-war.json');
  });

  it('gives Spanish pages their own files, with the Spanish title and the Spanish embed', () => {
    const files = oembedFiles({ events }, 'https://example.org/bolivia');
    assert.deepEqual([...files.keys()], ['/oembed/home.json', '/oembed/events/water-war.json', '/oembed/es/home.json', '/oembed/es/events/water-war.json']);
    const es = files.get('/oembed/es/events/water-war.json')!;
    assert.equal(es.title, 'Guerra del Agua — Movilizaciones sociales en Bolivia');
    assert.equal(es.provider_url, 'https://example.org/bolivia/es/');
    assert.match(es.html, /src="https:\/\/example\.org\/bolivia\/es\/embed\/\?event=water-war"/);
    assert.equal(oembedHref('https://example.org/bolivia', 'water-war', 'es'), 'https://example.org/bolivia/oembed/es/events/water-war.json');
  });

  it('writes no file and no discovery link without the site\'s address, never a development one', () => {
    assert.equal(oembedFiles({ events }, '').size, 0);
    assert.equal(oembedHref('', 'water-war', 'en'), undefined);
    for (const o of oembedFiles({ events }, 'https://example.org').values()) assert.doesNotMatch(JSON.stringify(o), /localhost/);
  });
});
