import type { PaymentSite } from './schema';
import appleStoreCn from './sites/apple-store-cn';
import dewu from './sites/dewu';
import gome from './sites/gome';
import huaweiVmall from './sites/huawei-vmall';
import ikeaCn from './sites/ikea-cn';
import miniso from './sites/miniso';
import mujiCn from './sites/muji-cn';
import netEaseYanxuan from './sites/netease-yanxuan';
import popMart from './sites/pop-mart';
import samsClubCn from './sites/sams-club-cn';
import shein from './sites/shein';
import temu from './sites/temu';
import uniqloCn from './sites/uniqlo-cn';
import xiaomiStore from './sites/xiaomi';
import zhuanzhuan from './sites/zhuanzhuan';

/** Sites added for Step 12: everyday shopping, food, travel and ticketing sites. */
export const moreSites: readonly PaymentSite[] = [
  dewu,
  netEaseYanxuan,
  xiaomiStore,
  huaweiVmall,
  appleStoreCn,
  temu,
  shein,
  popMart,
  zhuanzhuan,
  gome,
  samsClubCn,
  ikeaCn,
  uniqloCn,
  miniso,
  mujiCn,
];
