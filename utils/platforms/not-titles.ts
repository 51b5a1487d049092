/**
 * Words share texts put in brackets to sell rather than to name the item: `【超值】三只松鼠…`,
 * `【推荐理由】30天热卖…`, `【券后价】 7.9`. A bracket holding nothing but these is never a title (a
 * token's title becomes a search, and a search for "超值" finds nothing the sender meant). The
 * engine adds every platform's names and app names to this list.
 *
 * Sources: the promotion brackets of the public corpus (tests/fixtures/corpus/links.public.json,
 * tb-24: 【推荐理由】, 【券后价】, 【优惠券】; realpages: 【推荐】, 【编辑推荐】, 【口碑榜】, 【干货】),
 * and the bracket words of Unwall's title report (【超值】, 限时, 热卖, 秒杀, 好价, 推荐); the rest are
 * the same kind of shop label (包邮, 特价, 爆款 …) seen around 淘口令 in sharetext.md.
 */
export const promoWords: readonly string[] = [
  '超值',
  '限时',
  '热卖',
  '热销',
  '秒杀',
  '好价',
  '推荐',
  '推荐理由',
  '编辑推荐',
  '券后价',
  '优惠券',
  '领券',
  '优惠',
  '特价',
  '特惠',
  '包邮',
  '爆款',
  '新品',
  '抢购',
  '限量',
  '清仓',
  '折扣',
  '直降',
  '补贴',
  '百亿补贴',
  '口碑榜',
  '干货',
  '福利',
  '必买',
  '精选',
  '今日',
  '广告',
];
