/**
 * 'form/resend': send a form again, from the popup only and after its confirmation (a page
 * could press an overlay button itself); rate-limited and origin-checked in ../resend.ts.
 */
import { isSiteActionRequest } from '../../shared/guards';
import { resendFromPopup } from '../resend';
import type { Routes } from './route';

export const formRoutes: Routes<'form/resend'> = {
  'form/resend': { from: 'extension', valid: isSiteActionRequest, handle: (p) => resendFromPopup(p.tabId, p.origin) },
};
