import type { Platform } from './schema';
import jianshu from './jianshu';
import csdn from './csdn';
import douban from './douban';
import juejin from './juejin';
import gitee from './gitee';
import gitcode from './gitcode';
import so360 from './so360';
import coolapk from './coolapk';
import sspai from './sspai';
import oschina from './oschina';
import cto51 from './cto51';
import infoq from './infoq';
import leetcode from './leetcode';
import afdian from './afdian';
import yuque from './yuque';
import kdocs from './kdocs';
import shimo from './shimo';
import feishu from './feishu';
import wtturl from './wtturl';
import tianyancha from './tianyancha';
import qcc from './qcc';
import chinaz from './chinaz';
import nowcoder from './nowcoder';
import ld246 from './ld246';
import nodeseek from './nodeseek';
import mcmod from './mcmod';
import sixyin from './sixyin';
import myzaker from './myzaker';
import acgbox from './acgbox';
import baike from './baike';
import doc360 from './doc360';
import kookapp from './kookapp';
import uisdc from './uisdc';
import logonews from './logonews';
import jobui from './jobui';
import bahamut from './bahamut';
import duowan from './duowan';
import cnb from './cnb';
import skland from './skland';
import huaban from './huaban';
import bookmarkearth from './bookmarkearth';
import segmentfault from './segmentfault';
import sunbox from './sunbox';
import itdaan from './itdaan';
import redircdn from './redircdn';
import coolapp from './coolapp';
import sogou from './sogou';
import twitter from './twitter';
import pepper from './pepper';
import aliyun from './aliyun';
import gcores from './gcores';
import hellogithub from './hellogithub';
import google from './google';
import bing from './bing';
import facebook from './facebook';
import youtube from './youtube';
import steam from './steam';
import instagram from './instagram';
import telegram from './telegram';
import linkedin from './linkedin';
import pixiv from './pixiv';
import vk from './vk';
import reddit from './reddit';
import mozilla from './mozilla';
import curseforge from './curseforge';
import minecraftforum from './minecraftforum';
import duckduckgo from './duckduckgo';
import evernote from './evernote';
import mcbbs from './mcbbs';
import pc6 from './pc6';
import ruyo from './ruyo';
import mijisou from './mijisou';
import bluesky from './bluesky';
import pocket from './pocket';
import deviantart from './deviantart';
import tumblr from './tumblr';
import hrefli from './hrefli';
import anonymto from './anonymto';
import rutracker from './rutracker';
import imgsrc from './imgsrc';
import disqus from './disqus';
import onlyfans from './onlyfans';
import wattpad from './wattpad';
import mcpedl from './mcpedl';
import metager from './metager';
import pelando from './pelando';
import onual from './onual';
import firebase from './firebase';
import linuxdo from './linuxdo';
import nga from './nga';

/** Redirect wrappers and interstitials of sites without share texts or app links, one file per site. */
export const sites: readonly Platform[] = [
  jianshu,
  csdn,
  douban,
  juejin,
  gitee,
  gitcode,
  so360,
  coolapk,
  sspai,
  oschina,
  cto51,
  infoq,
  leetcode,
  afdian,
  yuque,
  kdocs,
  shimo,
  feishu,
  wtturl,
  tianyancha,
  qcc,
  chinaz,
  nowcoder,
  ld246,
  nodeseek,
  mcmod,
  sixyin,
  myzaker,
  acgbox,
  baike,
  doc360,
  kookapp,
  uisdc,
  logonews,
  jobui,
  bahamut,
  duowan,
  cnb,
  skland,
  aliyun,
  gcores,
  hellogithub,
  google,
  bing,
  facebook,
  youtube,
  steam,
  instagram,
  telegram,
  linkedin,
  pixiv,
  vk,
  reddit,
  mozilla,
  curseforge,
  minecraftforum,
  duckduckgo,
  sogou,
  huaban,
  bookmarkearth,
  segmentfault,
  sunbox,
  itdaan,
  redircdn,
  coolapp,
  twitter,
  pepper,
  evernote,
  mcbbs,
  pc6,
  ruyo,
  mijisou,
  bluesky,
  pocket,
  deviantart,
  tumblr,
  hrefli,
  anonymto,
  rutracker,
  imgsrc,
  disqus,
  onlyfans,
  wattpad,
  mcpedl,
  metager,
  pelando,
  onual,
  firebase,
  linuxdo,
  nga,
];
