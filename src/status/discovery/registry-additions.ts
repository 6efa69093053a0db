/**
 * Our own additions to @sentry/status-page-list: hosting domains whose customer sites are
 * served by the platform (so the platform's status page matters) and big sites the list lacks.
 * Same shape as the package's `domainToStatusPageUrls`; a `*.` key matches any subdomain.
 * Each entry was chosen because the platform serves the site's traffic itself.
 */
export const REGISTRY_ADDITIONS: Readonly<Record<string, string>> = {
  // Wikimedia's status page (https://www.wikimediastatus.net/, hosted on Atlassian Statuspage).
  'wikipedia.org': 'https://www.wikimediastatus.net/',
  '*.wikipedia.org': 'https://www.wikimediastatus.net/',
  'wikimedia.org': 'https://www.wikimediastatus.net/',
  '*.wikimedia.org': 'https://www.wikimediastatus.net/',
  // Customer sites on hosting platforms: the package lists the platforms' own domains only.
  '*.herokuapp.com': 'https://status.heroku.com/',
  '*.netlify.app': 'https://www.netlifystatus.com/',
  '*.vercel.app': 'https://www.vercel-status.com/',
  '*.pages.dev': 'https://www.cloudflarestatus.com/',
  '*.workers.dev': 'https://www.cloudflarestatus.com/',
  '*.fly.dev': 'https://status.flyio.net/',
  '*.onrender.com': 'https://status.render.com/',
  // OpenAI's consumer domain (the package lists openai.com only).
  'chatgpt.com': 'https://status.openai.com/',
  '*.chatgpt.com': 'https://status.openai.com/',
  'npmjs.com': 'https://status.npmjs.org/',
  '*.npmjs.com': 'https://status.npmjs.org/',
};
