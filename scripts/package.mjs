// `npm run package [-- --rebuild]`: store-ready zips of both builds,
//   artifacts/comeback-chrome-<version>.zip   (Chrome Web Store: manifest.json at the zip's root)
//   artifacts/comeback-firefox-<version>.zip  (AMO, written by `web-ext build`)
// Builds first when dist/ is missing (or always, with --rebuild). The Chrome zip is written here
// with node's zlib rather than a zip dependency or the `zip` CLI, which the base image lacks.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARTIFACTS = join(ROOT, 'artifacts');

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .filter((f) => !f.startsWith('.vite/')) // vite's build manifest is not part of the extension
    .sort();
}

/**
 * A plain zip (deflate, or stored when deflate does not help) with a fixed timestamp, so the
 * same build always gives the same bytes. Format: PKWARE APPNOTE 6.3, sections 4.3.7, 4.3.12, 4.3.16.
 */
function writeZip(zipPath, dir) {
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01, the earliest DOS date
  const UTF8 = 0x0800;
  const local = [];
  const central = [];
  let offset = 0;
  for (const name of filesUnder(dir)) {
    const data = readFileSync(join(dir, name));
    const deflated = deflateRawSync(data, { level: 9 });
    const store = deflated.length >= data.length;
    const body = store ? data : deflated;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);

    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    header.writeUInt16LE(UTF8, 6);
    header.writeUInt16LE(store ? 0 : 8, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, nameBytes, body);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the mode below is honoured)
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(UTF8, 8);
    entry.writeUInt16LE(store ? 0 : 8, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    // extra length, comment length, disk number, internal attributes: all 0 (Buffer.alloc)
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // regular file, rw-r--r--
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);

    offset += header.length + nameBytes.length + body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(zipPath, Buffer.concat([...local, ...central, end]));
}

function main(argv) {
  const dist = (target) => join(ROOT, 'dist', target);
  const built = ['chrome', 'firefox'].every((t) => existsSync(join(dist(t), 'manifest.json')));
  if (argv.includes('--rebuild') || !built) run('npm', ['run', '--silent', 'build']);

  const { version } = JSON.parse(readFileSync(join(dist('chrome'), 'manifest.json'), 'utf8'));
  const firefoxVersion = JSON.parse(readFileSync(join(dist('firefox'), 'manifest.json'), 'utf8')).version;
  if (version !== firefoxVersion) throw new Error(`dist/chrome is ${version} but dist/firefox is ${firefoxVersion}: rebuild`);
  mkdirSync(ARTIFACTS, { recursive: true });

  const chromeZip = join(ARTIFACTS, `comeback-chrome-${version}.zip`);
  writeZip(chromeZip, dist('chrome'));

  const firefoxName = `comeback-firefox-${version}.zip`;
  rmSync(join(ARTIFACTS, firefoxName), { force: true });
  run('npx', ['--no', 'web-ext', 'build', '--source-dir', 'dist/firefox', '--artifacts-dir', 'artifacts',
    '--filename', firefoxName, '--overwrite-dest', '--no-config-discovery']);

  for (const zip of [chromeZip, join(ARTIFACTS, firefoxName)]) {
    console.log(`${relative(ROOT, zip)}  ${(statSync(zip).size / 1000).toFixed(1)} kB`);
  }
}

main(process.argv.slice(2));
