/**
 * A small, linear scanner for TypeScript/JavaScript source, for the conventions checks: it
 * separates code from comments, and blanks the inside of string, template and regex literals,
 * so a check on "code" never trips over a word in a comment, a message or a pattern (e.g. the
 * `window\._cf_chl_opt` marker in a regex of the Cloudflare detector). Line breaks are kept, so
 * positions in `code` map to the same line numbers as in the source.
 *
 * Not a parser: a `/` starts a regex when the previous significant character cannot end an
 * expression (or the previous word is a keyword such as `return`). That is the usual heuristic
 * and it is right for this repository's code.
 */

export interface Comment {
  /** 1-based line where the comment starts. */
  line: number;
  /** The comment's text, without its markers, leading `*`s and extra white space. */
  text: string;
  /** Offsets in `text` where each further source line of the comment begins. */
  breaks?: number[];
}

/** The source line of a position in a comment's `text`. */
export function lineOf(comment: Comment, index: number): number {
  return comment.line + (comment.breaks ?? []).filter((b) => b <= index).length;
}

export interface Scanned {
  /** The source with comments and the insides of literals replaced by spaces. */
  code: string;
  /** The source with comments blanked but literals kept (to read import specifiers). */
  withoutComments: string;
  comments: Comment[];
}

const REGEX_AFTER = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);
const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

function cleanComment(line: number, raw: string): Comment {
  const body = raw.startsWith('//') ? raw.slice(2) : raw.slice(2, -2);
  let text = '';
  const breaks: number[] = [];
  body.split('\n').forEach((l, n) => {
    const part = l.replace(/^\s*\*+\s?/, '').replace(/\s+/g, ' ').trim();
    if (n > 0) breaks.push(text.length === 0 ? 0 : text.length + 1);
    if (part !== '') text = text === '' ? part : `${text} ${part}`;
  });
  return { line, text, breaks };
}

/** Where the literal that opens at `i` with `quote` ends (index after its closing quote). */
function endOfQuoted(src: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < src.length && src[j] !== quote && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
  return Math.min(j + 1, src.length);
}

function endOfRegex(src: string, i: number): number {
  let j = i + 1;
  let inClass = false;
  while (j < src.length && src[j] !== '\n') {
    const c = src[j];
    if (c === '\\') { j += 2; continue; }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) break;
    j += 1;
  }
  j += 1;
  while (j < src.length && /[a-z]/i.test(src[j] ?? '')) j += 1;
  return Math.min(j, src.length);
}

function previousSignificant(out: string): { char: string; word: string } {
  // Only the tail matters; looking at a bounded slice keeps the scan linear.
  const trimmed = out.slice(-200).replace(/\s+$/, '');
  const word = /([A-Za-z_$][\w$]*)$/.exec(trimmed)?.[1] ?? '';
  return { char: trimmed.slice(-1), word };
}

function startsRegex(codeSoFar: string): boolean {
  const { char, word } = previousSignificant(codeSoFar);
  return word !== '' ? REGEX_AFTER_WORD.has(word) : REGEX_AFTER.has(char);
}

/** Scans `src` once, left to right. Template literals' `${…}` parts are scanned as code. */
export function scanSource(src: string): Scanned {
  let code = '';
  let kept = '';
  const comments: Comment[] = [];
  const braces: number[] = []; // depth of `{` inside each open template substitution
  let line = 1;
  let i = 0;
  const emit = (text: string, asCode: string, asKept: string): void => {
    code += asCode;
    kept += asKept;
    line += text.split('\n').length - 1;
    i += text.length;
  };
  const template = (from: number): void => {
    // From a backtick or a closing `}` of a substitution to the next backtick or `${`.
    let j = from + 1;
    while (j < src.length && src[j] !== '`' && !(src[j] === '$' && src[j + 1] === '{')) j += src[j] === '\\' ? 2 : 1;
    const opensSub = src[j] === '$';
    const end = Math.min(opensSub ? j + 2 : j + 1, src.length);
    const text = src.slice(from, end);
    const shown = src[from] + blank(src.slice(from + 1, opensSub ? j : j)) + src.slice(j, end);
    emit(text, shown, text);
    if (opensSub) braces.push(0);
  };
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const text = src.slice(i, end === -1 ? src.length : end);
      comments.push(cleanComment(line, text));
      emit(text, blank(text), blank(text));
    } else if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const text = src.slice(i, end === -1 ? src.length : end + 2);
      comments.push(cleanComment(line, text));
      emit(text, blank(text), blank(text));
    } else if (c === '"' || c === "'") {
      const text = src.slice(i, endOfQuoted(src, i, c));
      emit(text, c + blank(text.slice(1, -1)) + text.slice(-1), text);
    } else if (c === '`') {
      template(i);
    } else if (c === '}' && braces.length > 0 && braces[braces.length - 1] === 0) {
      braces.pop();
      template(i);
    } else if (c === '/' && startsRegex(code)) {
      const text = src.slice(i, endOfRegex(src, i));
      const close = text.lastIndexOf('/');
      const shown = close > 0 ? `/${blank(text.slice(1, close))}${text.slice(close)}` : `/${blank(text.slice(1))}`;
      emit(text, shown, text);
    } else {
      const top = braces.length - 1;
      if (top >= 0 && c === '{') braces[top] = (braces[top] ?? 0) + 1;
      if (top >= 0 && c === '}') braces[top] = (braces[top] ?? 0) - 1;
      emit(c ?? '', c ?? '', c ?? '');
    }
  }
  return { code, withoutComments: kept, comments };
}

/** `#` comments of a shell script (a `#` at the start of a line or after white space). */
export function shellComments(src: string): Comment[] {
  const out: Comment[] = [];
  src.split('\n').forEach((l, n) => {
    const m = /(?:^|\s)#(?!!)(.*)$/.exec(l);
    if (m) out.push({ line: n + 1, text: (m[1] ?? '').trim() });
  });
  return out;
}
