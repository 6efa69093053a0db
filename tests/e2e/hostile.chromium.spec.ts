/**
 * The attacker's tests in Chromium: a hostile error page behind real Varnish tries to read,
 * rewrite and press the overlay, fakes "offline", clicks "Retry now" 80 times, tries to get a
 * form resent and moves its tab under the open popup (scenarios/hostile.ts, shared with Firefox).
 */
import { hostileScenarios } from './scenarios/hostile';

hostileScenarios('chromium');
