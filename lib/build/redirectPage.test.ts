import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redirectPageHtml, redirectPages } from './redirectPage';

describe('redirectPageHtml', () => {
  const html = redirectPageHtml({ locale: 'es', href: '/bolivia/es/events/water-war/', canonical: 'https://example.org/bolivia/es/events/water-war/', title: 'Guerra del Agua & "más"' });
  it('sends the reader on without JavaScript, with a canonical link and a visible link', () => {
    assert.match(html, /<html lang="es">/);
    assert.match(html, /<meta http-equiv="refresh" content="0; url=\/bolivia\/es\/events\/water-war\/">/);
    assert.match(html, /<link rel="canonical" href="https:\/\/example\.org\/bolivia\/es\/events\/water-war\/">/);
    assert.match(html, /<a href="\/bolivia\/es\/events\/water-war\/">Guerra del Agua &#38; &#34;más&#34;<\/a>/);
  });
  it('keeps the query and hash where JavaScript runs', () => {
    assert.match(html, /location\.replace\("\/bolivia\/es\/events\/water-war\/" \+ location\.search \+ location\.hash\)/);
  });
  it('cannot be broken out of by a title or an address', () => {
    const hostile = redirectPageHtml({ locale: 'en', href: '/x</script><b>"', canonical: '/x', title: '</a><script>alert(1)</script>' });
    assert.ok(!hostile.includes('<script>alert(1)'));
    assert.equal(hostile.match(/<\/script>/g)?.length, 1, 'only the page\'s own script closes');
  });
});

describe('redirectPages', () => {
  it('leaves a page at each address the old event page had, each leading to the event now', () => {
    const event = { id: 'water-war', title: { en: 'Water War', es: 'Guerra del Agua' } };
    const pages = redirectPages(['old-water-war'], () => event, { basePath: '/bolivia', siteUrl: '' });
    assert.deepEqual(pages.map((p) => p.path), ['/events/old-water-war/', '/en/events/old-water-war/', '/es/events/old-water-war/']);
    assert.match(pages[0]!.html, /url=\/bolivia\/events\/water-war\/"/);
    assert.match(pages[1]!.html, /<html lang="en">/);
    assert.match(pages[2]!.html, /url=\/bolivia\/es\/events\/water-war\/".*[\s\S]*Guerra del Agua/);
  });
});
