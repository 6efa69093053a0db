/** The options page in Chromium (scenarios/options.ts; axe and the screenshots are Chromium's part). */
import { optionsScenarios } from './scenarios/options';

optionsScenarios('chromium');
