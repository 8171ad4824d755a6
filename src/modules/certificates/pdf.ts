// A share as a PDF a person can print or send (亮证材料): what is shown, to whom and until when, the QR code of the
// short link a verifier scans, and the presentation itself for a verifier who checks offline. pdf-lib writes it
// on the server with a CJK font embedded (subset), so it reads the same on any phone or printer.
import fs from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { AppError } from '../../platform/errors.js';

/**
 * Where the CJK font is found: PDF_CJK_FONT, else Debian's fonts (fonts-wqy-microhei, which .ci/run installs with
 * chromium, or fonts-noto-cjk). A collection (.ttc) gives its first face.
 */
const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];

let fontBytes: Uint8Array | null | undefined;

function cjkFont(): Uint8Array {
  if (fontBytes === undefined) {
    const file = [process.env.PDF_CJK_FONT, ...FONT_CANDIDATES].find((f): f is string => Boolean(f) && fs.existsSync(f!));
    fontBytes = file ? fs.readFileSync(file) : null;
  }
  if (!fontBytes) {
    throw new AppError({ code: 'certificates.pdf_font_missing', status: 503, message: {
      zh: '服务器缺少中文字体，暂时不能生成 PDF（请安装 fonts-wqy-microhei 或设置 PDF_CJK_FONT）',
      en: 'The server has no Chinese font to write the PDF (install fonts-wqy-microhei or set PDF_CJK_FONT)' } });
  }
  return fontBytes;
}

// pdf-lib embeds one face: of a font collection, the first.
const firstFace = { create: (bytes: Uint8Array) => {
  const font = fontkit.create(bytes as Buffer) as unknown as { fonts?: unknown[] };
  return font.fonts ? font.fonts[0] : font;
} };

export interface SharePdf {
  typeName: { zh: string; en: string };
  issuerName: { zh: string; en: string };
  subjectName: string | null;
  claims: { label: { zh: string; en: string }; value: string }[];
  verifier: string;
  expiresAt: string; // as shown, China time
  link: string;
  presentation: string;
}

const A4 = { w: 595.28, h: 841.89 };
const MARGIN = 48;

/** Lines of at most `width` points in `font` at `size`, breaking anywhere (Chinese has no spaces to break at). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (font.widthOfTextAtSize(line + ch, size) > width && line) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

export async function sharePdf(share: SharePdf): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(firstFace as never);
  const font = await doc.embedFont(cjkFont(), { subset: true });
  const mono = await doc.embedFont(StandardFonts.Courier);
  doc.setTitle(`${share.typeName.zh} ${share.typeName.en}`);
  doc.setLanguage('zh-CN');
  doc.setCreator('Tongban 通办');
  let page: PDFPage = doc.addPage([A4.w, A4.h]);
  let y = A4.h - MARGIN;
  const width = A4.w - 2 * MARGIN;
  const write = (text: string, size: number, opts: { font?: PDFFont; gap?: number; x?: number; color?: ReturnType<typeof rgb> } = {}) => {
    const f = opts.font ?? font;
    for (const line of wrap(text, f, size, width - (opts.x ?? 0))) {
      if (y < MARGIN + size) {
        page = doc.addPage([A4.w, A4.h]);
        y = A4.h - MARGIN;
      }
      y -= size * 1.35;
      page.drawText(line, { x: MARGIN + (opts.x ?? 0), y, size, font: f, color: opts.color ?? rgb(0.05, 0.05, 0.05) });
    }
    y -= opts.gap ?? 0;
  };

  write(share.typeName.zh + (share.subjectName ? ` · ${share.subjectName}` : ''), 20);
  write(share.typeName.en, 12, { gap: 4, color: rgb(0.3, 0.3, 0.3) });
  write(`签发机构 Issuer: ${share.issuerName.zh} ${share.issuerName.en}`, 10, { gap: 10 });

  // The QR code of the short link, drawn as squares (sharp at any zoom), with the link under it.
  const qr = QRCode.create(share.link, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size;
  const cell = Math.min(5, 170 / (modules + 8));
  const side = (modules + 8) * cell;
  y -= side;
  const left = MARGIN;
  page.drawRectangle({ x: left, y, width: side, height: side, color: rgb(1, 1, 1) });
  for (let r = 0; r < modules; r++) {
    for (let c = 0; c < modules; c++) {
      if (qr.modules.get(r, c)) page.drawRectangle({ x: left + (c + 4) * cell, y: y + side - (r + 5) * cell, width: cell, height: cell, color: rgb(0, 0, 0) });
    }
  }
  const noteX = side + 16;
  let noteY = y + side - 14;
  for (const line of [
    '扫码核验 Scan to verify',
    `出示给 Shown to: ${share.verifier}`,
    `有效至 Valid until: ${share.expiresAt}`,
  ].flatMap((l) => wrap(l, font, 10, width - noteX))) {
    page.drawText(line, { x: MARGIN + noteX, y: noteY, size: 10, font });
    noteY -= 15;
  }
  y -= 6;
  write(share.link, 9, { font: mono, gap: 12 });

  write('出示的内容 What is shown', 13, { gap: 2 });
  for (const claim of share.claims) {
    write(`${claim.label.zh} ${claim.label.en}`, 9, { color: rgb(0.35, 0.35, 0.35) });
    write(claim.value, 12, { gap: 4 });
  }
  y -= 8;
  write('出示令牌（离线核验时粘贴到核验页面）Presentation token (paste it into a verifier to check offline)', 10, { gap: 2 });
  write(share.presentation, 6.5, { font: mono });
  return doc.save();
}
