/** The options page in Firefox (scenarios/options.ts: keyboard and storage; axe is Chromium's part, said there). */
import { optionsScenarios } from './scenarios/options';

optionsScenarios('firefox');
