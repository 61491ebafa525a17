export { ConflictsInbox } from './ConflictsInbox';
export { RejectedList } from './RejectedList';
export { SignInPage } from './SignIn';
export { SyncStatusBar, WatchdogBanner } from './SyncStatusBar';
export { appEngine, useSyncStatus } from './engine';
