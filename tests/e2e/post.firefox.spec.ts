/** A form POST answered 503 in Firefox: never resent by itself; once from the popup (scenarios/post.ts). */
import { postScenarios } from './scenarios/post';

postScenarios('firefox');
