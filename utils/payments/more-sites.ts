import type { PaymentSite } from './schema';
import xiaomiStore from './sites/xiaomi';
import huaweiVmall from './sites/huawei-vmall';
import appleStoreCn from './sites/apple-store-cn';
import temu from './sites/temu';
import shein from './sites/shein';
import zhuanzhuan from './sites/zhuanzhuan';
import samsClubCn from './sites/sams-club-cn';
import ikeaCn from './sites/ikea-cn';
import mujiCn from './sites/muji-cn';

/** Sites added for Step 12: everyday shopping, food, travel and ticketing sites. */
export const moreSites: readonly PaymentSite[] = [
  xiaomiStore,
  huaweiVmall,
  appleStoreCn,
  temu,
  shein,
  zhuanzhuan,
  samsClubCn,
  ikeaCn,
  mujiCn,
];
