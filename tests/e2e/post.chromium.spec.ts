/** A form POST answered 503 in Chromium: never resent by itself; once from the popup (scenarios/post.ts). */
import { postScenarios } from './scenarios/post';

postScenarios('chromium');
