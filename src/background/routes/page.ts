/**
 * 'page/hello': the overlay has started in an error page and sends the page's text, so the
 * background can refine the diagnosis it made from the headers alone.
 */
import { MAX_PAGE_TEXT } from '../../core/limits';
import { isPageHello } from '../../shared/guards';
import { refineDiagnosis } from '../tabs';
import { tabView } from '../view';
import type { Routes } from './route';

export const pageRoutes: Routes<'page/hello'> = {
  'page/hello': {
    from: 'content', valid: isPageHello,
    handle: async (p, { tabId }) => {
      if (tabId === null) return null;
      // The body as the server sent it (the overlay reads it back per content type), nothing
      // prepended, so the diagnosis equals what `npm run diagnose` says of the same response.
      const origin = await refineDiagnosis(tabId, p.text.slice(0, MAX_PAGE_TEXT));
      return origin ? tabView(tabId) : null;
    },
  },
};
