/** The overlay's ids line and Copy button in Chromium (scenarios/overlay-ids.ts). */
import { overlayIdsScenarios } from './scenarios/overlay-ids';

overlayIdsScenarios('chromium');
