/**
 * Amazon API Gateway's gateway responses (AWS docs, "Gateway response types for API Gateway"):
 * JSON bodies such as {"message": "Endpoint request timed out"} (504, INTEGRATION_TIMEOUT),
 * {"message":"Internal server error"} (500/502, the Lambda or integration failed),
 * {"message":"Too Many Requests"} (429, THROTTLED) and {"message":"Service Unavailable"} (503),
 * with x-amzn-RequestId and (REST APIs) x-amz-apigw-id / x-amzn-ErrorType, (HTTP APIs) apigw-requestid.
 */
import type { Kind } from '../types';
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const MESSAGES: ReadonlyArray<readonly [RegExp, Kind]> = [
  [/Endpoint request timed out|timed out/i, 'timeout'],
  [/Too Many Requests|Rate exceeded|Limit Exceeded/i, 'rate-limited'],
];

/** Detects API Gateway's own JSON error answers. */
export const awsApiGateway: Detector = {
  name: 'aws-api-gateway',
  detect(page) {
    const gateway = header(page, 'x-amz-apigw-id') !== '' || header(page, 'apigw-requestid') !== ''
      || header(page, 'x-amzn-errortype') !== '';
    if (!gateway || !/^\s*\{\s*"message"\s*:/.test(page.body.slice(0, 200))) return null;
    const head = page.body.slice(0, 500);
    for (const [re, kind] of MESSAGES) if (re.test(head)) return { producer: 'aws-api-gateway', kind };
    return { producer: 'aws-api-gateway', kind: kindFromStatus(page.status) };
  },
};
