import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDraft, markedInOnePiece, type DraftModel, type LineKind } from './draft.ts';
import type { Draft } from './types.ts';

function model(body: string, extra: Partial<Draft> = {}): DraftModel {
  return analyzeDraft({ subject: 'Order 1234', body, ...extra });
}

/** Each line's kind, written as a compact string so a test reads like the mail it describes. */
function kinds(draft: DraftModel): LineKind[] {
  return draft.lines.map((line) => line.kind);
}

function ownText(draft: DraftModel): string[] {
  return draft.ownRanges.map((range) => draft.body.slice(range.start, range.end));
}

function signatureText(draft: DraftModel): string[] {
  return draft.signature?.lineIndexes.map((index) => draft.lines[index]!.text) ?? [];
}

describe('analyzeDraft: lines', () => {
  it('splits on \\n and \\r\\n, keeping offsets into the body', () => {
    const draft = model('Hi Anna,\r\n\r\nDone.\nBye');
    expect(draft.lines.map((line) => line.text)).toEqual(['Hi Anna,', '', 'Done.', 'Bye']);
    expect(draft.lines.map((line) => [line.start, line.end])).toEqual([[0, 8], [10, 10], [12, 17], [18, 21]]);
    expect(kinds(draft)).toEqual(['text', 'blank', 'text', 'text']);
  });

  it('treats whitespace-only lines as blank', () => {
    expect(kinds(model('a\n   \n\t\nb'))).toEqual(['text', 'blank', 'blank', 'text']);
  });

  it('has one empty line for an empty body and no signature or quote', () => {
    const draft = model('');
    expect(draft.lines).toHaveLength(1);
    expect(draft.quoted).toEqual([]);
    expect(draft.signature).toBeUndefined();
    expect(draft.signOffLine).toBeUndefined();
  });
});

describe('analyzeDraft: position', () => {
  const draft = model('您好，\r\n\r\n订单 A1 已发货。\nThanks');

  it('gives 1-based line and UTF-16 column', () => {
    expect(draft.position('body', 0)).toEqual({ line: 1, column: 1 });
    expect(draft.position('body', 2)).toEqual({ line: 1, column: 3 });
    expect(draft.position('body', 7)).toEqual({ line: 3, column: 1 });
    expect(draft.position('body', 10)).toEqual({ line: 3, column: 4 });
    expect(draft.position('body', draft.body.indexOf('Thanks') + 2)).toEqual({ line: 4, column: 3 });
  });

  it('places the end of the body on the last line', () => {
    expect(draft.position('body', draft.body.length)).toEqual({ line: 4, column: 7 });
  });

  it('counts columns in UTF-16 units past an astral character', () => {
    expect(model('👍🏽 ok').position('body', 5)).toEqual({ line: 1, column: 6 });
  });

  it('positions subject offsets on the subject', () => {
    const withSubject = analyzeDraft({ subject: 'Re: 退款', body: 'x\ny' });
    expect(withSubject.position('subject', 4)).toEqual({ line: 1, column: 5 });
  });
});

describe('analyzeDraft: quoted history', () => {
  it('marks > lines as quote, wherever they are', () => {
    const draft = model('Yes, shipped.\n\n> When will it ship?\n> Thanks\n\nAnything else?');
    expect(kinds(draft)).toEqual(['text', 'blank', 'quote', 'quote', 'blank', 'text']);
    expect(draft.quoted.map((range) => draft.body.slice(range.start, range.end))).toEqual(['> When will it ship?\n> Thanks']);
    expect(ownText(draft)).toEqual(['Yes, shipped.\n', '\nAnything else?']);
  });

  it('quotes everything from an "On … wrote:" line down', () => {
    const draft = model('Refunded today.\n\nOn Mon, Jan 5, 2026 at 10:00 AM Jane <jane@example.com> wrote:\nWhere is my refund?\n\nJane');
    expect(kinds(draft)).toEqual(['text', 'blank', 'quote', 'quote', 'quote', 'quote']);
    expect(ownText(draft)).toEqual(['Refunded today.\n']);
  });

  it('recognises the attribution Gmail wraps onto two lines', () => {
    const draft = model('Done.\n\nOn Mon, Jan 5, 2026 at 10:00 AM Jane Doe <jane.doe@example.com>\nwrote:\n\nWhere is it?');
    expect(kinds(draft)).toEqual(['text', 'blank', 'quote', 'quote', 'quote', 'quote']);
  });

  it('does not take a sentence starting with "On" for an attribution', () => {
    const draft = model('On Monday we will ship it.\nThe courier wrote to us already.');
    expect(kinds(draft)).toEqual(['text', 'text']);
  });

  it('quotes from an Outlook "Original Message" separator', () => {
    const draft = model('See below.\n-----Original Message-----\nFrom: Jane\nSent: Monday\nSubject: refund\n\nHello');
    expect(kinds(draft).slice(1)).toEqual(['quote', 'quote', 'quote', 'quote', 'quote', 'quote']);
    expect(ownText(draft)).toEqual(['See below.']);
  });

  it('quotes from a Chinese "在 … 写道：" attribution', () => {
    const draft = model('已为您办理退款。\n\n在 2026年1月5日，张先生 写道：\n> 我的退款呢？');
    expect(kinds(draft)).toEqual(['text', 'blank', 'quote', 'quote']);
  });

  it('quotes from an Outlook header block in Chinese', () => {
    const draft = model('您好，已处理。\n\n发件人： 张先生 <zhang@example.com>\n发送时间： 2026年1月5日 10:00\n收件人： 客服\n主题： 退款\n\n请尽快处理');
    expect(kinds(draft)).toEqual(['text', 'blank', 'quote', 'quote', 'quote', 'quote', 'quote', 'quote']);
  });

  it('quotes from a forwarded-message marker, in English and Chinese', () => {
    expect(kinds(model('FYI.\n---------- Forwarded message ---------\nFrom: ops'))).toEqual(['text', 'quote', 'quote']);
    expect(kinds(model('请参考。\n-------- 转发的邮件 --------\n发件人：运营部'))).toEqual(['text', 'quote', 'quote']);
    expect(kinds(model('請參考。\n-------- 原始郵件 --------\n寄件者：客服'))).toEqual(['text', 'quote', 'quote']);
  });

  it('quotes from an Outlook underscore rule', () => {
    expect(kinds(model('Thanks.\n________________________________\nFrom: Jane'))).toEqual(['text', 'quote', 'quote']);
  });

  it('adds a one-line "X wrote:" attribution right above a > block to the quote', () => {
    const draft = model('Sure.\nJane wrote:\n> Can I return it?');
    expect(kinds(draft)).toEqual(['text', 'quote', 'quote']);
  });

  it('keeps an answer written below an "On … wrote:" > block (bottom posting) as the agent\'s own', () => {
    const draft = model('On Mon, Jan 5, 2026, Jane wrote:\n> Where is it?\n\nIt left today.\n\n-- \nTom');
    expect(kinds(draft)).toEqual(['quote', 'quote', 'blank', 'text', 'blank', 'signature', 'signature']);
    expect(signatureText(draft)).toEqual(['Tom']);
  });

  it('keeps a line ending in "wrote:" that introduces no quote', () => {
    expect(kinds(model('This is what the courier wrote:\nparcel lost.'))).toEqual(['text', 'text']);
  });

  it('takes quoted regions the page marks over the heuristics', () => {
    const body = 'My answer.\n\nOld mail line one\nOld mail line two';
    const start = body.indexOf('Old');
    const draft = model(body, { knownRegions: { quoted: [{ start, end: body.length }] } });
    expect(kinds(draft)).toEqual(['text', 'blank', 'quote', 'quote']);
    expect(draft.quoted).toEqual([{ start, end: body.length }]);
  });

  it('never takes a line the page marks as the agent\'s own for the attribution above a quote', () => {
    // Roundcube's HTML reply: the caret starts in the intro paragraph, so the agent's words and "On … wrote:" share a line.
    const body = 'Are you stupid? I TOLD YOU ALREADY!!!On 2025-11-03 09:14, Maria Lopez wrote:\nHello,\nthe lamp arrived broken.';
    const quoteStart = body.indexOf('Hello');
    const quoted = [{ start: quoteStart, end: body.length }];
    expect(kinds(model(body, { knownRegions: { quoted } }))).toEqual(['quote', 'quote', 'quote']);
    const own = [{ start: 0, end: quoteStart - 1 }];
    expect(kinds(model(body, { knownRegions: { quoted, own } }))).toEqual(['text', 'quote', 'quote']);
  });

  it('does not treat a > inside a sentence as a quote', () => {
    expect(kinds(model('Open Billing > History.'))).toEqual(['text']);
  });
});

describe('analyzeDraft: signature', () => {
  it('starts the signature after a "-- " line', () => {
    const draft = model('Hi,\n\nDone.\n\n-- \nTom Lee\nAcme Support\n+1 555 0100');
    expect(draft.signature?.foundBy).toBe('delimiter');
    expect(signatureText(draft)).toEqual(['Tom Lee', 'Acme Support', '+1 555 0100']);
    expect(draft.signature?.range).toEqual({ start: draft.body.indexOf('Tom'), end: draft.body.length });
    expect(draft.lines[4]!.kind).toBe('signature');
    expect(ownText(draft)).toEqual(['Hi,\n\nDone.\n']);
  });

  it('knows a signature with no sign-off by the contact details under the last paragraph', () => {
    const draft = model('您好：\n\n已为您办理。\n\n如有疑问，欢迎随时与我们联系。\n\n杨帆\n客户经理\nXX银行股份有限公司 信用卡中心\n地址：上海市浦东新区陆家嘴环路 1088 号\n电话：400-820-5555');
    expect(draft.signature?.foundBy).toBe('contacts');
    expect(signatureText(draft)).toEqual(['杨帆', '客户经理', 'XX银行股份有限公司 信用卡中心', '地址：上海市浦东新区陆家嘴环路 1088 号', '电话：400-820-5555']);
    expect(draft.signOffLine).toBeUndefined();
  });

  it("takes thanks for something of the reader's, a wish for the evening and Ngā mihi for sign-offs, and a brand and its slogan after a bar for a signature line", () => {
    const patience = model('Hi all,\n\nThe upgrade runs on Saturday.\n\nThank you for your patience,\nThe Support Team\nAcme Ltd\n(615) 555-0145');
    expect(patience.signature?.foundBy).toBe('sign-off');
    expect(signatureText(patience)).toEqual(['The Support Team', 'Acme Ltd', '(615) 555-0145']);
    const evening = model("Good afternoon Mrs. T,\n\nThe hold is released.\n\nY'all have a blessed evening,\nBeau Landry\nPelican State Bank");
    expect(signatureText(evening)).toEqual(['Beau Landry', 'Pelican State Bank']);
    expect(signatureText(model('Kia ora Liam,\n\nYour bag is at Lost Property.\n\nNgā mihi,\nHana\nTāmaki Link'))).toEqual(['Hana', 'Tāmaki Link']);
    const slogan = model('您好：\n\n請勿提供驗證碼。\n\n謝謝您的警覺與配合\n樂享購物網 會員服務部\n客服專線：(02) 8797-2266\nservice@lexiangbuy.com.tw\n樂享購物網｜安心買，開心享');
    expect(slogan.signature?.foundBy).toBe('sign-off');
    expect(signatureText(slogan)).toHaveLength(4);
  });

  it('knows a signature by its contacts under a long company, branch and desk name, with a staff number and a labelled hotline', () => {
    const draft = model('您好，欧阳女士：\n\n变更确认书请您核对后留存。\n\n感谢您对讯川移动的支持！\n\n讯川移动 深圳分公司 客户服务中心\n实名制管理专员 江涛\n工号：SZ10472\n服务热线：400-100-7788\n邮箱：shiming@xunchuan-mobile.cn\n地址：深圳市福田区深南中路3026号讯川大厦');
    expect(draft.signature?.foundBy).toBe('contacts');
    expect(signatureText(draft)).toHaveLength(6);
    expect(signatureText(draft)[0]).toBe('讯川移动 深圳分公司 客户服务中心');
  });

  it('takes thanks on a line of their own, and a wish, for the sign-off, with the signature right under them', () => {
    const thanks = model('您好，\n\n订单仍待支付。\n\n感谢您的支持！\n惠买网客户服务中心\n订单组 高宁\n热线：400-100-7788');
    expect(thanks.signature?.foundBy).toBe('sign-off');
    expect(signatureText(thanks)).toEqual(['惠买网客户服务中心', '订单组 高宁', '热线：400-100-7788']);
    const wish = model('陳先生您好：\n\n新卡將於七日內寄出。\n\n敬祝 平安順心\n\n永信商業銀行 信用卡客服部\n林佩君\n(02) 2718-3300 分機 512');
    expect(wish.signature?.foundBy).toBe('sign-off');
    expect(signatureText(wish)).toEqual(['永信商業銀行 信用卡客服部', '林佩君', '(02) 2718-3300 分機 512']);
    // Congratulations open a mail; they close none.
    expect(model('祝贺您！\n\n您已报名成功。').signOffLine).toBeUndefined();
  });

  it('takes a long office name without a clause for a signature line, not a sentence', () => {
    const draft = model('Dear Mr Müller,\n\nYour application has been approved.\n\nYours sincerely,\n\n滨江区市民服务中心 出入境服务窗口\n地址：滨江区江南大道 1200 号\n电话 Tel: 0571-8555 3120');
    expect(signatureText(draft)).toEqual(['滨江区市民服务中心 出入境服务窗口', '地址：滨江区江南大道 1200 号', '电话 Tel: 0571-8555 3120']);
  });

  it('takes no list of steps or contacts the mail introduces for a signature', () => {
    expect(model('Hi,\n\nYou can reset it yourself.\n\nOpen www.acme.example/reset\nEnter your e-mail').signature).toBeUndefined();
    expect(model('Hi,\n\nYou can reach us here:\n\nAcme Care\nTel: +1 555 0100').signature).toBeUndefined();
    expect(model('Hi,\n\nDone.\n\n1. Tom\n2. Tel: +1 555 0100').signature).toBeUndefined();
    expect(model('Hi,\n\nCall us.\n\nTom\nAcme Care').signature).toBeUndefined();
  });

  it('takes no paragraph wrapped by hand around a link for a signature', () => {
    expect(model('您好，\n\n已处理。\n\n重置步骤的图文说明见\nhttps://support.example.com/help。我附上了正\n确安装方式的照片，供您对照。').signature).toBeUndefined();
    expect(model('Hi,\n\nDone.\n\nYou can follow the parcel at\nhttps://example.com/track/SF74761. I have\nattached the label.\nTel: +1 555 0100').signature).toBeUndefined();
    // The end of a piece the incremental linter cuts out of a longer draft reads the same.
    expect(model('已处理。\n\n详情见\nhttps://support.example.com/hel').signature).toBeUndefined();
  });

  it('starts the signature after an English sign-off', () => {
    const draft = model('Hi Anna,\n\nYour refund is on its way.\n\nBest regards,\nTom\nAcme Support');
    expect(draft.signature?.foundBy).toBe('sign-off');
    expect(signatureText(draft)).toEqual(['Tom', 'Acme Support']);
    expect(draft.signOffLine).toBe(4);
    expect(draft.lines[4]!.kind).toBe('text');
    expect(ownText(draft)).toEqual(['Hi Anna,\n\nYour refund is on its way.\n\nBest regards,']);
  });

  it('keeps "此致 / 敬礼" on two lines as the sign-off', () => {
    const draft = model('张先生：\n\n您好，退款已到账。\n\n此致\n敬礼\n\n客服部 李明\n电话：400-820-8820');
    expect(draft.signOffLine).toBeDefined();
    expect(['此致', '敬礼']).toContain(draft.lines[draft.signOffLine!]!.text);
    expect(signatureText(draft)).toEqual(['客服部 李明', '电话：400-820-8820']);
    expect(draft.lines[4]!.kind).toBe('text');
    expect(draft.lines[5]!.kind).toBe('text');
  });

  it.each([['祝好！'], ['谢谢！'], ['Thanks,'], ['Kind regards'], ['順頌商祺']])('takes %j as a sign-off', (signOff) => {
    const draft = model(`您好，\n已处理。\n${signOff}\n小王`);
    expect(draft.signOffLine).toBe(2);
    expect(signatureText(draft)).toEqual(['小王']);
  });

  /** A signature of twelve lines: name, title, company, phones, addresses, links and a slogan. */
  const LONG_SIGNATURE = {
    en: 'Tom Lee\nSenior Support Engineer\nAcme Ltd\nCustomer Care\nPhone +1 (555) 010-0199\nMobile +1 (555) 010-0142\ntom.lee@acme.example\n88 Harbour Road\nSpringfield\nwww.acme.example\nFollow us @acme\nAcme — routers you can trust',
    zh: '李明\n客服专员\n上海某某贸易有限公司\n客户服务部\n电话：400-820-8820\n手机：138 0013 8000\n邮箱：liming@example.cn\n地址：上海市浦东新区\n世纪大道100号\n网址：www.example.cn\n微信：example_cn\n用心服务每一位客户',
    hant: '陳大文\n客戶服務專員\n香港某某貿易有限公司\n客戶服務部\n電話：+852 2123 4567\n手機：9123 4567\n電郵：chan@example.hk\n地址：香港中環\n皇后大道中100號\n網址：www.example.hk\nWhatsApp：9123 4567\n用心服務每一位客戶',
  };

  it.each([
    ['Best regards,', 'en'],
    ['Kind regards,', 'en'],
    ['Thanks,', 'en'],
    ['Cheers,', 'en'],
    ['Sincerely,', 'en'],
    ['Thanks & regards,', 'en'],
    ['祝好！', 'zh'],
    ['顺颂商祺', 'zh'],
    ['此致 敬礼', 'zh'],
    ['此致\n敬礼', 'zh'],
    ['謝謝！', 'hant'],
    ['敬祝 商祺', 'hant'],
    ['順頌商祺', 'hant'],
  ] as const)('finds a twelve-line signature after %j however far from the end the closing is', (closing, language) => {
    const opening = { en: 'Hi Anna,\n\nYour refund is on its way.', zh: '您好，\n\n退款已经到账。', hant: '您好，\n\n退款已經到賬。' }[language];
    const draft = model(`${opening}\n\n${closing}\n${LONG_SIGNATURE[language]}`);
    expect(draft.signOffLine).toBeDefined();
    expect(draft.signature?.foundBy).toBe('sign-off');
    expect(signatureText(draft)).toEqual(LONG_SIGNATURE[language].split('\n'));
  });

  it('does not take what follows a closing for a signature when it is mostly sentences', () => {
    const prose = 'We checked the order again and the parcel left the warehouse this morning.';
    const draft = model(`Hi,\n\nRegards\nOrder 1234\n${Array.from({ length: 6 }, () => prose).join('\n')}`);
    expect(draft.signOffLine).toBeUndefined();
    expect(draft.signature).toBeUndefined();
  });

  it('finds a sign-off with no signature after it', () => {
    const draft = model('Done.\n\nThanks!');
    expect(draft.signOffLine).toBe(2);
    expect(draft.signature).toBeUndefined();
  });

  it.each([
    ['With sympathy,', 'Grace Holloway\nBereavement Support Team'],
    ['Enjoy your weekend,', 'Marco\nFresco Delivery Support'],
    ['Good luck with the climb,', 'Tessa\nPlayer Support, Riftborne'],
    ['祝周末愉快，', '李娜\n客服部'],
  ])('knows a sign-off no list names, %j, by its place and shape', (closing, signature) => {
    const draft = model(`Hi Amira,\n\nYour order left the kitchen at 7 pm and reached the rider at 7:20.\n\n${closing}\n${signature}`);
    expect(draft.signOffLine).toBe(4);
    expect(draft.signature?.foundBy).toBe('sign-off');
    expect(signatureText(draft)).toEqual(signature.split('\n'));
  });

  it.each([
    ['a greeting and a word', 'Hi Ben,\nOkay.'],
    ['a list after a colon', 'Here is what to do.\nThen:\nOpen the app,\nTap Settings'],
    ['a comma line followed by a sentence', 'Your order left today.\n\nAs promised,\nthe refund was sent this morning as well.'],
    ['a comma line with too many lines after it', 'Your order left today.\n\nWith thanks,\nA\nB\nC\nD\nE'],
    ['a comma line after an unfinished one', 'Your order left today and\nwith thanks,\nTom'],
  ])('takes no line for a sign-off by its shape alone: %s', (_name, body) => {
    const draft = model(body);
    expect(draft.signOffLine).toBeUndefined();
    expect(draft.signature).toBeUndefined();
  });

  it('has no signature when nothing signs off', () => {
    const draft = model('Hi,\n\nYour parcel left today.\nTom');
    expect(draft.signature).toBeUndefined();
    expect(draft.signOffLine).toBeUndefined();
    expect(kinds(draft)).toEqual(['text', 'blank', 'text', 'text']);
  });

  it('does not take a thank-you sentence for a sign-off', () => {
    const draft = model('Thanks for your patience.\nThe parcel left today.');
    expect(draft.signOffLine).toBeUndefined();
    expect(draft.signature).toBeUndefined();
  });

  it('does not read a thank-you opening far up the mail as the closing', () => {
    const draft = model('Hi Anna,\n\nThanks!\nYour parcel left today and should arrive on Friday.\nThe tracking number is 1Z999AA10123456784.\nLet me know if it does not turn up by Monday.');
    expect(draft.signature).toBeUndefined();
    expect(ownText(draft)).toEqual([draft.body]);
  });

  it('does not read a Chinese thank-you opening as the closing either', () => {
    const draft = model('您好，\n谢谢！\n您的包裹今天已经发出，预计周五送达。\n如有问题请随时联系我们。');
    expect(draft.signOffLine).toBeUndefined();
    expect(draft.signature).toBeUndefined();
  });

  it('keeps a sign-off whose signature ends in a long disclaimer', () => {
    const draft = model('Done.\n\nBest regards,\nTom\nThis e-mail and any attachments are confidential and meant only for the addressee.');
    expect(draft.signOffLine).toBe(2);
    expect(signatureText(draft)).toHaveLength(2);
  });

  it('ignores a sign-off inside the quoted history', () => {
    const draft = model('Refund sent.\n\nOn Mon, Jan 5, 2026, Jane wrote:\n> Thanks,\n> Jane');
    expect(draft.signOffLine).toBeUndefined();
    expect(draft.signature).toBeUndefined();
  });

  it('puts the signature above the quoted history, not in it', () => {
    const draft = model('Refund sent.\n\nRegards,\nTom\n\nOn Mon, Jan 5, 2026, Jane wrote:\n> Where is it?');
    expect(signatureText(draft)).toEqual(['Tom']);
    expect(kinds(draft)).toEqual(['text', 'blank', 'text', 'signature', 'blank', 'quote', 'quote']);
    expect(ownText(draft)).toEqual(['Refund sent.\n\nRegards,', '']);
  });

  it('takes the signature the page marks', () => {
    const body = 'Done.\n\nTom Lee\nAcme';
    const start = body.indexOf('Tom');
    const draft = model(body, { knownRegions: { signature: { start, end: body.length } } });
    expect(draft.signature?.foundBy).toBe('page');
    expect(signatureText(draft)).toEqual(['Tom Lee', 'Acme']);
    expect(ownText(draft)).toEqual(['Done.\n']);
  });

  it('leaves the delimiter opening a page-marked signature out of the signature lines', () => {
    const body = 'Done.\n\n--\nTom Lee\nAcme';
    const start = body.indexOf('--');
    const draft = model(body, { knownRegions: { signature: { start, end: body.length } } });
    expect(signatureText(draft)).toEqual(['Tom Lee', 'Acme']);
    expect(kinds(draft)).toEqual(['text', 'blank', 'signature', 'signature', 'signature']);
  });

  it('uses \\r\\n line ends without leaving \\r in the signature or own ranges', () => {
    const draft = model('Hi,\r\nDone.\r\nRegards,\r\nTom\r\n');
    expect(signatureText(draft)).toEqual(['Tom']);
    expect(ownText(draft)).toEqual(['Hi,\r\nDone.\r\nRegards,', '']);
    expect(draft.lines.filter((line) => line.text.includes('\r'))).toEqual([]);
  });
});

describe('analyzeDraft: own text', () => {
  it('excludes quote and signature from ownLines and ownRanges', () => {
    const body = 'Hi Jane,\n\nDone.\n\nBest,\nTom\n\n> old';
    const draft = model(body);
    expect(draft.ownLines.map((line) => line.text)).toEqual(['Hi Jane,', '', 'Done.', '', 'Best,', '']);
    for (const range of draft.ownRanges) {
      expect(body.slice(range.start, range.end)).not.toContain('Tom');
      expect(body.slice(range.start, range.end)).not.toContain('old');
    }
  });

  it('has no own text when the whole body is quoted', () => {
    const draft = model('> a\n> b');
    expect(draft.ownLines).toEqual([]);
    expect(draft.ownRanges).toEqual([]);
  });
});

describe('a draft marked as made in one piece', () => {
  it('is read exactly as the same draft unmarked', () => {
    const line = fc.oneof(fc.constantFrom('Hi Jane,', '', '> quoted', 'On Mon, Jane wrote:', 'Best regards,', 'Alex', '-- ', '谢谢！'), fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(line, { maxLength: 12 }), (subject, lines) => {
        // Built by concatenation, as an edit builds it: in pieces, which is what the mark skips copying.
        const body = lines.reduce((text, next) => text + '\n' + next, '');
        const plain = analyzeDraft({ subject, body });
        const marked = analyzeDraft(markedInOnePiece({ subject, body }));
        expect({ ...marked, draft: undefined, position: undefined }).toEqual({ ...plain, draft: undefined, position: undefined });
        if (body.length > 0) expect(marked.position('body', body.length - 1)).toEqual(plain.position('body', body.length - 1));
      }),
      { numRuns: 200, seed: 20261205 },
    );
  });
});
