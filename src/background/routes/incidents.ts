/** 'incidents/list': the short local history of handled errors, for the popup on a healthy page. */
import { isEmpty } from '../../shared/guards';
import { listIncidents } from '../incidents';
import type { Routes } from './route';

export const incidentRoutes: Routes<'incidents/list'> = {
  'incidents/list': { from: 'extension', valid: isEmpty, handle: () => listIncidents() },
};
