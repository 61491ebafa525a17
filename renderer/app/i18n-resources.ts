// Every feature's string bundle, registered once at start-up.
import { setupI18n } from '../i18n';
import { shell } from './i18n';

export const i18n = setupI18n({
  shell,
});
