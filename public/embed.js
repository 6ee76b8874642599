/*! Bolivian Social Mobilisations — optional host script for embeds. No dependencies.
 * Fits each <iframe data-bolivia-timeline> to its content height, opens the event named in the
 * page's #event=<id>, and re-sends selections as a DOM event "bolivia-timeline:select" on the
 * iframe (detail { id }) and a story's steps as "bolivia-timeline:step" (detail { id, step }).
 * With data-deep-link on the iframe, selections are also written to the page's #event=.
 * Messages are matched to iframes by event.source, so several embeds on one page work. */
(function () {
  var P = 'bolivia-timeline:';
  if (window.__boliviaTimelineHost) return;
  window.__boliviaTimelineHost = true;

  function frames() {
    return document.querySelectorAll('iframe[data-bolivia-timeline]');
  }
  function frameOf(source) {
    var list = frames();
    for (var i = 0; i < list.length; i++) if (list[i].contentWindow === source) return list[i];
    return null;
  }
  function hashEvent() {
    var m = /[#&]event=([a-z0-9-]{1,80})/.exec(location.hash);
    return m ? m[1] : null;
  }
  function emit(frame, type, detail) {
    var ev;
    try {
      ev = new CustomEvent(P + type, { detail: detail, bubbles: true });
    } catch (err) {
      ev = document.createEvent('CustomEvent');
      ev.initCustomEvent(P + type, true, false, detail);
    }
    frame.dispatchEvent(ev);
  }
  function show(frame) {
    var id = hashEvent();
    if (id && frame.contentWindow) frame.contentWindow.postMessage({ type: P + 'show', id: id }, '*');
  }

  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || typeof d.type !== 'string' || d.type.indexOf(P) !== 0) return;
    var frame = frameOf(e.source);
    if (!frame) return;
    if (d.type === P + 'resize' && typeof d.height === 'number' && d.height > 0 && d.height < 50000) {
      frame.style.height = Math.ceil(d.height) + 'px';
      frame.setAttribute('height', String(Math.ceil(d.height)));
    } else if (d.type === P + 'ready') {
      show(frame);
    } else if (d.type === P + 'select') {
      var id = typeof d.id === 'string' ? d.id : null;
      if (frame.hasAttribute('data-deep-link') && history.replaceState) {
        history.replaceState(null, '', id ? '#event=' + id : location.pathname + location.search);
      }
      emit(frame, 'select', { id: id });
    } else if (d.type === P + 'step' && typeof d.id === 'string' && typeof d.step === 'number') {
      emit(frame, 'step', { id: d.id, step: d.step });
    }
  });

  window.addEventListener('hashchange', function () {
    var list = frames();
    for (var i = 0; i < list.length; i++) show(list[i]);
  });
})();
