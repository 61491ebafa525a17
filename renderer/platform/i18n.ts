import type { LocalizedBundle } from '../i18n';

export const platform: LocalizedBundle = {
  en: {
    secretStorage: {
      basic_text:
        'Your sign-in is saved without encryption: this Linux desktop has no keyring (Secret Service). Install and unlock GNOME Keyring or KWallet to protect it.',
      unavailable: 'This computer offers no secure storage, so you will have to sign in each time the app starts.',
    },
  },
  'zh-CN': {
    secretStorage: {
      basic_text: '您的登录信息未加密保存：此 Linux 桌面没有密钥环（Secret Service）。请安装并解锁 GNOME Keyring 或 KWallet 以保护它。',
      unavailable: '此电脑没有可用的安全存储，每次启动应用时都需要重新登录。',
    },
  },
  ko: {
    secretStorage: {
      basic_text:
        '로그인 정보가 암호화되지 않은 채 저장됩니다. 이 Linux 데스크톱에는 키링(Secret Service)이 없습니다. 보호하려면 GNOME Keyring 또는 KWallet을 설치하고 잠금을 해제하세요.',
      unavailable: '이 컴퓨터에는 안전한 저장소가 없어 앱을 시작할 때마다 다시 로그인해야 합니다.',
    },
  },
};
