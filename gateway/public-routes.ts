// Public pages the gateway serves besides GraphQL: the case status page a QR code on a notice opens. It shows only
// what `caseLookup` returns (no personal data), in Vietnamese, readable on a phone, and works without JavaScript.
import type { Express, Request } from 'express';

export interface GatewayExecutor {
  /** Runs an operation through the gateway as an anonymous caller from this request's address. */
  anonymous(req: Request, query: string, variables: Record<string, unknown>): Promise<{ data?: any; errors?: { message: string; extensions?: { code?: string } }[] }>;
}

const LOOKUP_QUERY = `query CaseLookupPage($token: String!) {
  caseLookup(token: $token) { number status statusLabel agencyName agencyPhone nextDeadline { stageLabel dueOn } }
}`;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
const viDate = (iso: string) => iso.split('-').reverse().join('/');

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)}</title>
<style>
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; background: #f4f5f7; color: #1d2433; }
  header { background: #a4161a; color: #fff; padding: 16px 20px; font-size: 1.05rem; font-weight: 600; }
  main { max-width: 560px; margin: 0 auto; padding: 20px; }
  .card { background: #fff; border-radius: 12px; padding: 20px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
  h1 { font-size: 1.25rem; margin: 0 0 12px; }
  dl { margin: 0; } dt { color: #5a6275; font-size: .9rem; margin-top: 14px; } dd { margin: 4px 0 0; font-size: 1.1rem; font-weight: 600; }
  .status { display: inline-block; background: #e8f1ff; color: #0b4aa2; border-radius: 999px; padding: 6px 12px; }
  footer { color: #5a6275; font-size: .85rem; margin-top: 16px; }
</style>
</head>
<body>
<header>Tra cứu hồ sơ thi hành án dân sự</header>
<main><div class="card">${body}</div>
<footer>Trang này chỉ hiển thị thông tin công khai của hồ sơ. Để biết chi tiết, vui lòng liên hệ cơ quan thi hành án.</footer></main>
</body>
</html>`;
}

export function publicRoutes(): (app: Express, gateway: GatewayExecutor) => void {
  return (app, gateway) => {
    app.get('/tra-cuu/:token', async (req, res) => {
      res.setHeader('cache-control', 'no-store');
      res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
      const result = await gateway.anonymous(req, LOOKUP_QUERY, { token: req.params.token });
      const limited = result.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
      if (limited) {
        const retryAfter = Number((limited.extensions as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds);
        if (retryAfter > 0) res.setHeader('retry-after', String(retryAfter));
        res.status(429).type('html').send(page('Quá nhiều lượt tra cứu', '<h1>Quá nhiều lượt tra cứu</h1><p>Vui lòng thử lại sau ít phút.</p>'));
        return;
      }
      const c = result.data?.caseLookup;
      if (!c) {
        res.status(404).type('html').send(page('Mã tra cứu không hợp lệ', '<h1>Mã tra cứu không hợp lệ</h1><p>Mã tra cứu không đúng, đã hết hạn hoặc đã bị thu hồi.</p>'));
        return;
      }
      const next = c.nextDeadline ? `<dt>Thời hạn tiếp theo</dt><dd>${escape(c.nextDeadline.stageLabel)}: chậm nhất ngày ${escape(viDate(c.nextDeadline.dueOn))}</dd>` : '';
      res.type('html').send(
        page(
          `Hồ sơ ${c.number}`,
          `<h1>Hồ sơ số ${escape(c.number)}</h1>
<dl>
<dt>Tình trạng</dt><dd><span class="status">${escape(c.statusLabel)}</span></dd>
<dt>Cơ quan thi hành án</dt><dd>${escape(c.agencyName)}</dd>
<dt>Điện thoại</dt><dd><a href="tel:${escape(c.agencyPhone.replace(/[^0-9+]/g, ''))}">${escape(c.agencyPhone)}</a></dd>
${next}
</dl>`,
        ),
      );
    });
  };
}
