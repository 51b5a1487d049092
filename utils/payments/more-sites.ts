import type { PaymentSite } from './schema';
import appleStoreCn from './sites/apple-store-cn';
import shein from './sites/shein';
import temu from './sites/temu';
import xiaomiStore from './sites/xiaomi';
import huaweiVmall from './sites/huawei-vmall';
import ikeaCn from './sites/ikea-cn';
import samsClubCn from './sites/sams-club-cn';

/** Sites added for Step 12: everyday shopping, food, travel and ticketing sites. */
export const moreSites: readonly PaymentSite[] = [
  appleStoreCn,
  temu,
  shein,
  xiaomiStore,
  huaweiVmall,
  samsClubCn,
  ikeaCn,
];
