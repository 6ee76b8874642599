// The texts' worker (lib/dataset/earlyRequest.ts, fetchInWorker): fetch the URL it is sent,
// check, parse, post the document or the error. A file of the site's own, not a blob: URL,
// because the site's Content-Security-Policy (public/_headers) allows scripts from 'self' only.
// Plain ES5-era JavaScript, as it is not bundled.
onmessage=function(e){fetch(e.data).then(function(r){if(!r.ok)throw new Error((r.status+' '+r.statusText).trim());return r.json()})
.then(function(d){postMessage({doc:d})},function(x){postMessage({error:String(x&&x.message||x)})})}
