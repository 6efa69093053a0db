/**
 * GitHub's own 5xx ("Unicorn! · GitHub": "This page is taking too long to load." / "We had
 * issues producing the response to your request.", a Server: GitHub.com header) and GitHub
 * Pages' 5xx ("GitHub Pages is temporarily down for maintenance" / "Something went wrong"),
 * as served from github.com and *.github.io (https://docs.github.com/en/pages, "Troubleshooting").
 */
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const UNICORN = /Unicorn! · GitHub|This page is taking too long to load|We had issues producing the response to your request/;

/** Detects GitHub's and GitHub Pages' own error pages. */
export const github: Detector = {
  name: 'github',
  detect(page) {
    const fromGithub = /^GitHub\.com$/i.test(header(page, 'server').trim()) || header(page, 'x-github-request-id') !== '';
    if (!fromGithub) return null;
    if (/taking too long to load/i.test(page.text)) return { producer: 'github', kind: 'timeout' };
    if (/down for maintenance/i.test(page.text)) return { producer: 'github', kind: 'maintenance' };
    if (UNICORN.test(page.text) || /GitHub Pages/i.test(page.text)) return { producer: 'github', kind: kindFromStatus(page.status) };
    return null;
  },
};
