/** The overlay's ids line and Copy button in Firefox (scenarios/overlay-ids.ts; what Firefox can check is said there). */
import { overlayIdsScenarios } from './scenarios/overlay-ids';

overlayIdsScenarios('firefox');
