// Types of lint-electron.mjs.
export interface Finding {
  issue: string;
  severity: string;
  file: string;
  location: string;
}
export function parseCsv(text: string): string[][];
export function findingsFromCsv(csv: string): Finding[];
export function failingFindings<T extends Finding>(findings: T[]): T[];
