/** 'archive/lookup': the tab's page in the Wayback Machine, only with the user's consent. */
import { isSiteActionRequest } from '../../shared/guards';
import { loadSettings } from '../../shared/settings-store';
import { lookupArchive } from '../../status/archive/lookup-archive';
import { boundFetch } from '../checks';
import { sameSite } from '../tab-site';
import type { Routes } from './route';

export const archiveRoutes: Routes<'archive/lookup'> = {
  'archive/lookup': {
    from: 'extension', valid: isSiteActionRequest,
    async handle({ tabId, origin }) {
      // Only the page the user asked about goes to the Wayback Machine, never one the tab moved to.
      const site = await sameSite(tabId, origin);
      if (typeof site === 'string') return null;
      const settings = await loadSettings();
      return lookupArchive(site.url, settings.consent.wayback, boundFetch);
    },
  },
};
