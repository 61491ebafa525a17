export { ConflictsInbox } from './ConflictsInbox';
export { RejectedList } from './RejectedList';
export { SignInPage } from './SignIn';
export { SyncBadge, SyncStatesProvider } from './SyncBadge';
export { SyncStatusBar, WatchdogBanner } from './SyncStatusBar';
export { appEngine, useSyncStatus } from './engine';
