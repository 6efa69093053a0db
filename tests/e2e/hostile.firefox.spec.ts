/**
 * The attacker's tests in Firefox (scenarios/hostile.ts, the same scenarios as in Chromium).
 */
import { hostileScenarios } from './scenarios/hostile';

hostileScenarios('firefox');
