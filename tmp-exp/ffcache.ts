import { launchFirefoxWith } from '../tests/e2e/support/ff-launch';
import { startForwardProxy } from '../tests/e2e/support/ff-proxy';
import { startCacheSite } from '../tests/e2e/ui/cache-site';

const variant = process.argv[2] ?? 'A';
const extraPrefs: Record<string, unknown> = variant === 'C' ? { 'privacy.partition.network_state': false } : {};
const site = await startCacheSite('127.0.0.1');
const proxy = await startForwardProxy();
const HOST = 'shop.site-a.test';
proxy.mapHttp(HOST, Number(new URL(site.url('/')).port));
const ff = await launchFirefoxWith({ prefs: { ...proxy.prefs(), ...extraPrefs } });
try {
  const ext = await ff.newPage();
  console.log('ext'); await ext.goto(ff.popupUrl(), { waitUntil: 'domcontentloaded' }); console.log('ext ok');
  const tab = await ff.newPage();
  await tab.goto(`http://${HOST}/`, { waitUntil: 'domcontentloaded' }); console.log('tab ok');
  const f = () => tab.evaluate(() => fetch('/b.js').then((r) => r.text()));
  await f(); await f();
  console.log('hits before clear', site.hits('/b.js'));
  const r = await ext.evaluate(async (v: string, host: string) => {
    const b = (globalThis as any).browser;
    try {
      if (v === 'A' || v === 'C') await b.browsingData.remove({ hostnames: [host] }, { cache: true });
      if (v === 'B') await b.browsingData.removeCache({ hostnames: [host] });
      if (v === 'D') await b.browsingData.remove({ hostnames: ['site-a.test'] }, { cache: true });
      if (v === 'E') await b.browsingData.remove({ origins: ['http://' + host] }, { cache: true });
      if (v === 'F') await b.browsingData.remove({}, { cache: true });
      return 'ok';
    } catch (e) { return 'error: ' + String(e); }
  }, variant, HOST);
  console.log('remove:', r);
  await f();
  console.log(`variant ${variant}: hits after clear`, site.hits('/b.js'), '(2 = evicted)');
  await tab.reload();
  await f();
  console.log(`variant ${variant}: hits after reload+fetch`, site.hits('/b.js'));
} finally {
  await ff.close(); await proxy.stop(); await site.stop();
}
