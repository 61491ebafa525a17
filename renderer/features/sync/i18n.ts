import type { LocalizedBundle } from '../../i18n';

export const sync: LocalizedBundle = {
  en: {
    nav: { conflicts: 'Conflicts', rejected: 'Rejected changes' },
    status: {
      online: 'Online', offline: 'Offline', syncing: 'Syncing…', signedOut: 'Not signed in',
      sessionExpired: 'Session expired — sign in again', paused: 'Sync paused: this app is too old for the server',
      pending_one: '{{count}} change waiting', pending_other: '{{count}} changes waiting', oldest: 'oldest {{age}}',
      allSynced: 'All changes synced', lastSuccess: 'Last sync {{when}}', never: 'Never synced', error: 'Last error: {{message}}',
      syncNow: 'Sync now', signIn: 'Sign in', signOut: 'Sign out', signedInAs: 'Signed in as {{name}}',
      follower: 'Another window is syncing',
    },
    watchdog: 'Changes are waiting, but nothing has reached the server for {{minutes}} minutes although this computer is online. Keep the app open; it keeps retrying.',
    errors: {
      offline: 'The server cannot be reached.', unauthenticated: 'Wrong email or password.', rate_limited: 'Too many attempts; wait a minute.',
      forbidden: 'This account may not use this device.', schema_too_old: 'Update the app to keep syncing.', session_expired: 'Your session has expired.',
      generic: 'Sync failed: {{message}}',
    },
    signIn: {
      title: 'Sign in to the platform', email: 'Email', password: 'Password', server: 'Server address', submit: 'Sign in',
      offlineHint: 'You can keep working offline; your changes are sent once you are signed in.',
      badUrl: 'Enter a server address starting with http:// or https://', required: 'Required',
    },
    conflicts: {
      title: 'Conflicts', empty: 'No conflicts. Every change merged.', field: 'Field', base: 'Before', theirs: 'Theirs (kept on the server)', mine: 'Mine',
      keepMine: 'Keep mine', keepTheirs: 'Keep theirs', edit: 'Edit', save: 'Save value', cancel: 'Cancel', deleted: 'Deleted',
      deleteEdit: 'One side deleted this record while the other edited it.', record: '{{entity}} {{name}}', resolving: 'Resolution waiting to sync',
      badJson: 'Not a valid value',
    },
    rejected: {
      title: 'Rejected changes', empty: 'No rejected changes.', reason: 'Reason', changes: 'Changes', when: 'Rejected',
      retry: 'Apply again', discard: 'Discard', open: 'Open record', fixed: 'Applied again; it will be sent with the next sync.',
      codes: {
        validation_failed: 'The server found invalid values.', not_found: 'The record no longer exists.', unique_violation: 'Another record already uses this value.',
        read_only_entity: 'This record is managed by the platform.', forbidden_transition: 'This step is not allowed in the current state.', unknown_command: 'The server does not know this action.',
      },
    },
    badge: { pending: 'Not synced yet', conflict: 'Conflict' },
    entities: { products: 'Product', buyers: 'Buyer', rfqs: 'RFQ', quotes: 'Quotation', quoteLines: 'Quotation line', orders: 'Order', orderLines: 'Order line', payments: 'Payment', shipments: 'Shipment', parcels: 'Parcel', checklistItems: 'Checklist item', conflicts: 'Conflict' },
  },
  'zh-CN': {
    nav: { conflicts: '冲突', rejected: '被拒绝的更改' },
    status: {
      online: '在线', offline: '离线', syncing: '正在同步…', signedOut: '未登录',
      sessionExpired: '会话已过期，请重新登录', paused: '同步已暂停：应用版本过旧',
      pending_one: '{{count}} 项更改待同步', pending_other: '{{count}} 项更改待同步', oldest: '最早 {{age}}',
      allSynced: '所有更改已同步', lastSuccess: '上次同步 {{when}}', never: '尚未同步', error: '最近错误：{{message}}',
      syncNow: '立即同步', signIn: '登录', signOut: '退出登录', signedInAs: '已登录：{{name}}',
      follower: '另一个窗口正在同步',
    },
    watchdog: '有更改待同步，但本机在线却已 {{minutes}} 分钟未能送达服务器。请保持应用打开，系统会持续重试。',
    errors: {
      offline: '无法连接服务器。', unauthenticated: '邮箱或密码错误。', rate_limited: '尝试次数过多，请稍候一分钟。',
      forbidden: '此账号不能在该设备上使用。', schema_too_old: '请更新应用以继续同步。', session_expired: '会话已过期。',
      generic: '同步失败：{{message}}',
    },
    signIn: {
      title: '登录平台', email: '邮箱', password: '密码', server: '服务器地址', submit: '登录',
      offlineHint: '您可以继续离线工作，登录后更改会自动发送。',
      badUrl: '请输入以 http:// 或 https:// 开头的服务器地址', required: '必填',
    },
    conflicts: {
      title: '冲突', empty: '没有冲突，所有更改均已合并。', field: '字段', base: '原值', theirs: '对方（服务器保留）', mine: '我的',
      keepMine: '保留我的', keepTheirs: '保留对方的', edit: '编辑', save: '保存此值', cancel: '取消', deleted: '已删除',
      deleteEdit: '一方删除了此记录，另一方同时修改了它。', record: '{{entity}} {{name}}', resolving: '处理结果待同步',
      badJson: '不是有效的值',
    },
    rejected: {
      title: '被拒绝的更改', empty: '没有被拒绝的更改。', reason: '原因', changes: '更改', when: '拒绝时间',
      retry: '重新应用', discard: '放弃', open: '打开记录', fixed: '已重新应用，将在下次同步时发送。',
      codes: {
        validation_failed: '服务器发现无效的值。', not_found: '该记录已不存在。', unique_violation: '该值已被其他记录使用。',
        read_only_entity: '此记录由平台管理。', forbidden_transition: '当前状态下不允许此操作。', unknown_command: '服务器不认识此操作。',
      },
    },
    badge: { pending: '尚未同步', conflict: '冲突' },
    entities: { products: '产品', buyers: '买家', rfqs: '询盘', quotes: '报价单', quoteLines: '报价行', orders: '订单', orderLines: '订单行', payments: '付款', shipments: '货运', parcels: '包裹', checklistItems: '清单项', conflicts: '冲突' },
  },
  ko: {
    nav: { conflicts: '충돌', rejected: '거부된 변경' },
    status: {
      online: '온라인', offline: '오프라인', syncing: '동기화 중…', signedOut: '로그인 안 됨',
      sessionExpired: '세션이 만료되었습니다. 다시 로그인하세요', paused: '동기화 일시 중지: 앱 버전이 너무 오래되었습니다',
      pending_one: '대기 중인 변경 {{count}}건', pending_other: '대기 중인 변경 {{count}}건', oldest: '가장 오래된 것 {{age}}',
      allSynced: '모든 변경이 동기화됨', lastSuccess: '마지막 동기화 {{when}}', never: '동기화 기록 없음', error: '최근 오류: {{message}}',
      syncNow: '지금 동기화', signIn: '로그인', signOut: '로그아웃', signedInAs: '{{name}}(으)로 로그인됨',
      follower: '다른 창에서 동기화 중',
    },
    watchdog: '대기 중인 변경이 있지만, 온라인 상태인데도 {{minutes}}분 동안 서버에 전달되지 않았습니다. 앱을 열어 두세요. 계속 재시도합니다.',
    errors: {
      offline: '서버에 연결할 수 없습니다.', unauthenticated: '이메일 또는 비밀번호가 올바르지 않습니다.', rate_limited: '시도가 너무 많습니다. 1분 후 다시 시도하세요.',
      forbidden: '이 계정은 이 기기에서 사용할 수 없습니다.', schema_too_old: '동기화를 계속하려면 앱을 업데이트하세요.', session_expired: '세션이 만료되었습니다.',
      generic: '동기화 실패: {{message}}',
    },
    signIn: {
      title: '플랫폼 로그인', email: '이메일', password: '비밀번호', server: '서버 주소', submit: '로그인',
      offlineHint: '오프라인으로 계속 작업할 수 있으며, 로그인하면 변경 사항이 전송됩니다.',
      badUrl: 'http:// 또는 https://로 시작하는 서버 주소를 입력하세요', required: '필수 항목',
    },
    conflicts: {
      title: '충돌', empty: '충돌이 없습니다. 모든 변경이 병합되었습니다.', field: '필드', base: '이전 값', theirs: '상대방 (서버에 유지됨)', mine: '내 값',
      keepMine: '내 값 유지', keepTheirs: '상대방 값 유지', edit: '편집', save: '값 저장', cancel: '취소', deleted: '삭제됨',
      deleteEdit: '한쪽이 이 레코드를 삭제하는 동안 다른 쪽이 수정했습니다.', record: '{{entity}} {{name}}', resolving: '해결 내용 동기화 대기 중',
      badJson: '올바른 값이 아닙니다',
    },
    rejected: {
      title: '거부된 변경', empty: '거부된 변경이 없습니다.', reason: '사유', changes: '변경 내용', when: '거부 시각',
      retry: '다시 적용', discard: '버리기', open: '레코드 열기', fixed: '다시 적용했습니다. 다음 동기화 때 전송됩니다.',
      codes: {
        validation_failed: '서버에서 잘못된 값을 발견했습니다.', not_found: '레코드가 더 이상 존재하지 않습니다.', unique_violation: '다른 레코드가 이미 이 값을 사용합니다.',
        read_only_entity: '이 레코드는 플랫폼에서 관리합니다.', forbidden_transition: '현재 상태에서는 허용되지 않는 단계입니다.', unknown_command: '서버가 알 수 없는 작업입니다.',
      },
    },
    badge: { pending: '아직 동기화 안 됨', conflict: '충돌' },
    entities: { products: '제품', buyers: '바이어', rfqs: 'RFQ', quotes: '견적서', quoteLines: '견적 항목', orders: '주문', orderLines: '주문 항목', payments: '결제', shipments: '선적', parcels: '소포', checklistItems: '체크리스트 항목', conflicts: '충돌' },
  },
};
