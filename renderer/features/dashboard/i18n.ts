import type { LocalizedBundle } from '../../i18n';

export const dashboard: LocalizedBundle = {
  en: {
    nav: 'Dashboard', title: 'Today', unreadRfqs: 'Unread RFQs', expiringQuotes: 'Quotations expiring in 3 days', awaitingDeposit: 'Orders awaiting deposit',
    dueToShip: 'Orders due to ship in 7 days', late: 'Late orders', needsAction: 'Needs action', nothingToDo: 'Nothing needs action today.',
    lateSince: 'late, ship-by was {{date}}', shipBy: 'ship by {{date}}', depositOf: 'deposit of {{amount}} outstanding', validUntil: 'valid until {{date}}',
    sentVsWon: 'Quotations sent vs won per month', sent: 'Sent', won: 'Won', valueByMonth: 'Order value per month by currency', pipeline: 'Pipeline by state', orders: 'Orders',
  },
  'zh-CN': {
    nav: '工作台', title: '今日', unreadRfqs: '未读询盘', expiringQuotes: '3 天内到期的报价单', awaitingDeposit: '待付定金的订单',
    dueToShip: '7 天内需发货的订单', late: '逾期订单', needsAction: '待处理', nothingToDo: '今天没有待处理事项。',
    lateSince: '已逾期，最迟发货日为 {{date}}', shipBy: '最迟 {{date}} 发货', depositOf: '定金 {{amount}} 未付', validUntil: '有效期至 {{date}}',
    sentVsWon: '每月发出与成交的报价单', sent: '已发出', won: '已成交', valueByMonth: '按币种的每月订单金额', pipeline: '各状态订单', orders: '订单',
  },
  ko: {
    nav: '대시보드', title: '오늘', unreadRfqs: '읽지 않은 RFQ', expiringQuotes: '3일 내 만료되는 견적서', awaitingDeposit: '계약금 대기 주문',
    dueToShip: '7일 내 선적할 주문', late: '지연 주문', needsAction: '처리할 일', nothingToDo: '오늘 처리할 일이 없습니다.',
    lateSince: '지연, 선적 기한 {{date}}', shipBy: '{{date}}까지 선적', depositOf: '계약금 {{amount}} 미입금', validUntil: '{{date}}까지 유효',
    sentVsWon: '월별 발송 견적 대비 수주', sent: '발송', won: '수주', valueByMonth: '통화별 월 주문 금액', pipeline: '상태별 주문', orders: '주문',
  },
};
