// A plain landing page until the web front ends arrive (issue 5): what is running and where the API is.
import type { FastifyInstance } from 'fastify';

const page = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>通办 Tongban</title>
<style>body{font:18px/1.6 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}a{color:#1d4ed8}code{background:#f3f2f1;padding:0 .2em}</style></head>
<body><main>
<h1>通办 Tongban</h1>
<p>一网通办政务服务平台正在运行。<span lang="en">The one-stop government services platform is running.</span></p>
<ul>
<li><a href="/api/docs">接口文档 API documentation (OpenAPI 3.1)</a></li>
<li><a href="/healthz">健康检查 Health</a> · <a href="/readyz">就绪检查 Readiness</a></li>
</ul>
<p>演示账号见 README。<span lang="en">Demo accounts are listed in the README.</span></p>
</main></body></html>`;

export function installHome(app: FastifyInstance): void {
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(page));
}
