/**
 * Responses from real proxies whose classification depends on reading what the server sent, not
 * the browser's rendering: nginx `return 503 "no healthy upstream"` as text/plain (Envoy's local
 * reply), an empty-bodied 502 (HAProxy `http-request return status 502`), and HAProxy's stock
 * 503 "No server is available to handle this request" (its only server refuses). For each, what
 * `npm run diagnose` says of the response saved with `curl -si`, and the English texts the popup
 * shows for that diagnosis.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explain } from '../../../src/core/explain';
import type { Diagnosis } from '../../../src/core/types';
import { freePort } from '../../support/ports';
import { startHaproxy, startNginx, type Proxy } from '../../support/proxies';
import { repoPath } from './dist';
import { requireBinary } from './site';

export interface DiagnosisCase {
  name: string;
  /** The host name the browser uses for it (mapped to the proxy's port). */
  host: string;
  port: number;
  path: string;
}

export interface DiagnosisCases {
  cases: DiagnosisCase[];
  stop(): Promise<void>;
}

/** Starts nginx and HAProxy in front of a port where nothing listens. */
export async function startDiagnosisCases(): Promise<DiagnosisCases> {
  requireBinary('nginx', 'nginx');
  requireBinary('haproxy', 'haproxy');
  const dead = await freePort();
  const nginx: Proxy = await startNginx({
    backendPort: dead,
    locations: '    location = /plain { default_type text/plain; return 503 "no healthy upstream"; }',
  });
  const haproxy: Proxy = await startHaproxy({ backendPort: dead, frontend: '  http-request return status 502 if { path /empty }' });
  return {
    cases: [
      { name: 'plain-text 503 (nginx)', host: 'plain.diag-site.test', port: nginx.port, path: '/plain' },
      { name: 'empty 502 (HAProxy)', host: 'empty.diag-site.test', port: haproxy.port, path: '/empty' },
      { name: "HAProxy's stock 503", host: 'haproxy.diag-site.test', port: haproxy.port, path: '/' },
    ],
    stop: async () => {
      await nginx.stop();
      await haproxy.stop();
    },
  };
}

/** `curl -si` of the case saved to a file, then `npm run diagnose` on it, as a site owner would. */
export function cliDiagnosis(c: DiagnosisCase): Diagnosis {
  const dir = mkdtempSync(join(tmpdir(), 'comeback-diag-'));
  try {
    const file = join(dir, 'response.http');
    writeFileSync(file, execFileSync('curl', ['-si', '--max-time', '10', `http://127.0.0.1:${c.port}${c.path}`]));
    const r = spawnSync(repoPath('node_modules/.bin/tsx'), [repoPath('scripts/diagnose.ts'), file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`diagnose failed: ${r.stderr}${r.stdout}`);
    return JSON.parse(r.stdout.trim()) as Diagnosis;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EN = JSON.parse(readFileSync(repoPath('public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** The layer label and the visitor sentence the popup shows for a diagnosis, in English. */
export function shownTexts(d: Diagnosis): { layer: string; visitor: string } {
  const e = explain(d);
  const layer = EN[e.layerKey]?.message;
  const visitor = EN[e.visitorKey]?.message;
  if (!layer || !visitor) throw new Error(`no English text for ${e.layerKey} / ${e.visitorKey}`);
  return { layer, visitor };
}
