/** "Is it just me?" in firefox-esr (scenarios/status.ts). */
import { statusScenarios } from './scenarios/status';

statusScenarios('firefox');
