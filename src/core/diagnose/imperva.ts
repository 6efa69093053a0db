/**
 * Imperva (Incapsula): an X-Iinfo or X-CDN: Imperva header with "Incapsula incident ID" or Imperva's wording in the page (https://docs.imperva.com/bundle/cloud-application-security/page/more/error-pages.htm).
 */
import type { Detector } from './detector';
import { edgeMatch as match } from './edge-kind';
import { header } from './page';

/** Detects this producer's own error answers. */
export const imperva: Detector = {
  name: 'imperva',
  detect(page) {
    const edge = header(page, 'x-iinfo') !== '' || /imperva|incapsula/i.test(header(page, 'x-cdn'));
    if (!edge || !/Incapsula incident ID|Imperva|Incapsula/i.test(page.text.slice(0, 4000))) return null;
    return match('imperva', page);
  },
};
