// Types of plan.mjs (plain JavaScript so that `npm start` runs on bare Node).
export interface FsLike {
  exists(path: string): boolean;
  readText(path: string): string;
}
export interface InstallResult {
  ok: boolean;
  timedOut: boolean;
}
export interface LaunchFacts {
  serverHealthy: boolean;
  serverEntryExists: boolean;
  electronPackageExists: boolean;
  electronPath: string | null;
  /** The result of running electron's install.js, or null when it was not run. */
  install: InstallResult | null;
  nodePath: string;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  generatedAdminToken: string;
}
export type ServerPlan =
  | { action: 'reuse'; url: string }
  | { action: 'none' }
  | { action: 'start'; url: string; command: string; args: string[]; env: Record<string, string | undefined> };
export type UiPlan =
  | { kind: 'electron'; command: string; args: string[]; env: Record<string, string | undefined> }
  | { kind: 'browser'; reason: string; preferredPort: number; opener: { command: string; args: string[] } | null };

export const SERVER_PORT: number;
export const BROWSER_PORT: number;
export const SERVER_ENTRY: string;
export function electronExecutable(electronDir: string, fsLike: FsLike): string | null;
export function shouldInstallElectron(facts: { electronPackageExists: boolean; electronPath: string | null }): boolean;
export function unavailableReason(facts: { electronPackageExists: boolean; install: InstallResult | null }): string;
export function browserNotice(reason: string, url: string): string;
export function browserOpener(platform: NodeJS.Platform, env: Record<string, string | undefined>): { command: string; args: string[] } | null;
export function planLaunch(facts: LaunchFacts): { server: ServerPlan; ui: UiPlan };
