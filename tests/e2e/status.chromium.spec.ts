/** "Is it just me?" in Debian's Chromium (scenarios/status.ts). */
import { statusScenarios } from './scenarios/status';

statusScenarios('chromium');
