// `node scripts/i18n/add-keys.mjs <file.json> [anchor-key] [--replace]`: adds messages to
// public/_locales/<locale>/messages.json, one message per line as the files are written.
// Existing lines stay byte for byte (others edit these files too, so a merge sees only the
// added lines); new keys go after `anchor-key`'s line, or at the end. A locale without a file
// gets one in English's key order. With --replace, a key the file has already gets the new
// text in its own line. Input: {"<locale>": {"<key>": {"message", "description", "placeholders"?}}}.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const replace = process.argv.includes('--replace');
const [file, anchor] = process.argv.slice(2).filter((a) => a !== '--replace');
const input = JSON.parse(readFileSync(file, 'utf8'));
const line = (key, e) => {
  const parts = [`"message": ${JSON.stringify(e.message)}`, ...(e.description ? [`"description": ${JSON.stringify(e.description)}`] : [])];
  if (e.placeholders) parts.push(`"placeholders": ${JSON.stringify(e.placeholders).replaceAll('":', '": ').replaceAll(',"', ', "')}`);
  return `  ${JSON.stringify(key)}: {${parts.join(', ')}}`;
};
for (const [locale, messages] of Object.entries(input)) {
  const path = `public/_locales/${locale}/messages.json`;
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    const order = Object.keys(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
    const keys = [...order.filter((k) => k in messages), ...Object.keys(messages).filter((k) => !order.includes(k))];
    writeFileSync(path, `{\n${keys.map((k) => line(k, messages[k])).join(',\n')}\n}\n`);
    continue;
  }
  const current = JSON.parse(readFileSync(path, 'utf8'));
  const fresh = Object.entries(messages).filter(([k]) => !(k in current));
  const lines = readFileSync(path, 'utf8').replace(/\n}\n?$/, '').split('\n');
  if (replace) {
    for (const [k, e] of Object.entries(messages).filter(([key]) => key in current)) {
      const i = lines.findIndex((l) => l.startsWith(`  ${JSON.stringify(k)}:`));
      if (i >= 0) lines[i] = line(k, e) + (lines[i].endsWith(',') ? ',' : '');
    }
  }
  if (fresh.length === 0) {
    writeFileSync(path, `${lines.join('\n')}\n}\n`);
    JSON.parse(readFileSync(path, 'utf8'));
    continue;
  }
  let at = anchor === undefined ? -1 : lines.findIndex((l) => l.startsWith(`  ${JSON.stringify(anchor)}:`));
  if (at < 0) at = lines.length - 1;
  const last = !lines[at].endsWith(',');
  if (last) lines[at] += ',';
  const added = fresh.map(([k, e], i) => line(k, e) + (last && i === fresh.length - 1 ? '' : ','));
  lines.splice(at + 1, 0, ...added);
  writeFileSync(path, `${lines.join('\n')}\n}\n`);
  JSON.parse(readFileSync(path, 'utf8')); // throws if the edit broke the file
}
