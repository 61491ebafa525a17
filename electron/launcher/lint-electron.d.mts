// Types of lint-electron.mjs.
export interface Finding {
  issue: string;
  severity: string;
  file: string;
  location: string;
}
/** An issue as electronegativity's runner returns it (the fields read here). */
export interface ScannerIssue { id: string; severity: { name: string }; file: string; location: { line: number; column: number } }
export function findingsOf(issues: ScannerIssue[]): Finding[];
export function scan(input: string, electronVersion: string, exclude?: string[]): Promise<(Finding & { input: string })[]>;
export function failingFindings<T extends Finding>(findings: T[]): T[];
