// `npm run checklist -- path/to/facts.json`: print the checklist for a facts file as JSON,
// so anyone can check the rules without the UI. Exit 0 with the items; exit 2 with a message
// naming the bad field for unusable facts (1 for any other failure, e.g. an unreadable file).
import { readFileSync } from 'node:fs';
import { buildChecklist, parseFacts } from '../../shared/checklists';

/** English for the message keys the facts schema produces (the CLI has no i18n runtime). */
const MESSAGES: Record<string, string> = {
  'validation.required': 'is required',
  'validation.choice': 'is not one of the allowed values',
  'validation.country': 'must be a two-letter ISO country code in capitals, e.g. CN',
  'validation.date': 'must be a real date written YYYY-MM-DD',
  'validation.hsCode': 'must be 6 to 10 digits',
  'validation.tooLong': 'is too long',
  'validation.type': 'has the wrong type',
  'validation.sameCountry': 'must differ from originCountry',
  'validation.unknownField': 'is not a facts field',
  'validation.lithiumTypeWithoutLithium': 'needs "containsLithium": true',
};

function fail(code: number, message: string): never {
  process.stderr.write(`checklist: ${message}\n`);
  process.exit(code);
}

const [path] = process.argv.slice(2);
if (!path) fail(2, 'usage: npm run checklist -- path/to/facts.json');

let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (error) {
  fail(1, `cannot read ${path}: ${(error as Error).message}`);
}

let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  fail(2, `${path} is not valid JSON: ${(error as Error).message}`);
}

const parsed = parseFacts(json);
if (!parsed.ok) {
  const lines = parsed.problems.map((p) => `  ${p.field}: ${MESSAGES[p.message] ?? p.message} (${p.detail})`);
  fail(2, `invalid facts in ${path}:\n${lines.join('\n')}`);
}

const items = buildChecklist(parsed.facts).map(({ ruleId, source, category, severity, title }) =>
  ({ ruleId, source, category, severity, title: title.en }));
process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
