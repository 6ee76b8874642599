import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataset } from '../dataset/load';
import type { Dataset } from '../dataset/types';
import { eventsToGeoJson } from './geojson';
import { NASTY, nastyDataset } from './fixture.test-helper';

/** The file as a GIS tool reads it: parsed from text, checked against RFC 7946. */
function checkCollection(data: Dataset) {
  const parsed = JSON.parse(JSON.stringify(eventsToGeoJson(data.events, data)));
  assert.equal(parsed.type, 'FeatureCollection');
  assert.equal('crs' in parsed, false, 'RFC 7946 has no crs member');
  assert.ok(Array.isArray(parsed.features));
  const pairs = data.events.flatMap((e) => e.places.map((p) => `${e.id}/${p}`));
  assert.deepEqual(parsed.features.map((f: { id: string }) => f.id), pairs, 'one feature per event-place pair, in order');
  for (const feature of parsed.features) {
    assert.equal(feature.type, 'Feature');
    assert.equal(feature.geometry.type, 'Point');
    const [lon, lat, ...rest] = feature.geometry.coordinates;
    assert.equal(rest.length, 0);
    assert.ok(Number.isFinite(lon) && lon >= -180 && lon <= 180, `${feature.id} longitude ${lon}`);
    assert.ok(Number.isFinite(lat) && lat >= -90 && lat <= 90, `${feature.id} latitude ${lat}`);
    const place = data.places.find((p) => p.id === feature.properties.place_id)!;
    assert.deepEqual([lon, lat], [place.lon, place.lat], 'positions are [longitude, latitude]');
  }
  return parsed;
}

describe('eventsToGeoJson (fixture)', () => {
  const data = nastyDataset();

  it('gives every event-place pair a point with the event’s properties', () => {
    const features = checkCollection(data).features;
    assert.equal(features.length, 5);
    const [potosi, laPaz] = features;
    assert.deepEqual(potosi.properties, {
      event_id: 'katari-uprising',
      title_en: NASTY.title,
      title_es: NASTY.titleEs,
      summary_en: NASTY.summary,
      summary_es: 'Primera línea, con coma.\nSegunda «línea» "citada".',
      start: '1780',
      end: '1781',
      scope: 'bolivia',
      place_id: 'potosi',
      place_name: 'Potosí',
      place_name_en: 'Potosí',
      place_from_paper: true,
      footnotes: [2, 1],
      movements: ['ayllus'],
      themes: ['direct-action'],
    });
    assert.equal(laPaz.properties.place_from_paper, false, 'la-paz is listed under outsidePaper.places');
    const mexico = features.find((f: { properties: { place_id: string } }) => f.properties.place_id === 'mexico');
    assert.deepEqual(mexico.geometry.coordinates, [-102.5528, 23.6345]);
    assert.equal(mexico.properties.end, null);
    assert.equal(mexico.properties.place_name_en, 'Mexico');
  });

  it('is empty, but valid, for no events', () => {
    assert.deepEqual(eventsToGeoJson([], data), { type: 'FeatureCollection', features: [] });
  });
});

describe('eventsToGeoJson (real dataset)', () => {
  it('maps every place of every event', () => {
    const { dataset } = loadDataset();
    assert.ok(dataset);
    const features = checkCollection(dataset).features;
    assert.equal(new Set(features.map((f: { id: string }) => f.id)).size, features.length, 'feature ids are unique');
    const outside = features.filter((f: { properties: { place_from_paper: boolean } }) => !f.properties.place_from_paper);
    const expected = dataset.events.flatMap((e) => (e.outsidePaper?.places ?? []).map((p) => `${e.id}/${p.id}`));
    assert.deepEqual(outside.map((f: { id: string }) => f.id).sort(), expected.sort());
  });
});
