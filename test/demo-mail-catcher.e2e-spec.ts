import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import nodemailer from 'nodemailer';

/*
 * The demo's inbox holds every email the demo sends, signed meeting links included: no page of
 * another origin open in the same browser may read it (MailDev's own start answers any origin
 * with credentials). The inbox itself still works.
 */

/** The built catcher (npm test builds first), in a process of its own: its web server is ESM that Jest cannot load. */
const CATCHER = new URL('../dist/src/demo/mail-catcher.js', import.meta.url).href;
const SCRIPT = `
const { startMailCatcher } = await import(${JSON.stringify(CATCHER)});
const catcher = await startMailCatcher(0, 0);
process.stdout.write(JSON.stringify({ smtpPort: catcher.smtpPort, webPort: catcher.webPort }) + '\\n');
process.on('SIGTERM', () => void catcher.stop().then(() => process.exit(0)));
`;

let child: ChildProcess;
let catcher: { smtpPort: number; webPort: number };
beforeAll(async () => {
  child = spawn(process.execPath, ['--input-type=module', '-e', SCRIPT], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  catcher = JSON.parse(line.toString()) as typeof catcher;
});
afterAll(async () => {
  child.kill('SIGTERM');
  await once(child, 'exit');
});

const inbox = (path: string) => `http://127.0.0.1:${catcher.webPort}${path}`;

it('catches an email and shows it in its inbox', async () => {
  await nodemailer
    .createTransport({ host: '127.0.0.1', port: catcher.smtpPort, secure: false, ignoreTLS: true })
    .sendMail({ from: 'demo@example.org', to: 'mentor@example.org', subject: 'Møtet i mars', text: 'Hei' });
  const res = await fetch(inbox('/api/email'));
  expect(res.status).toBe(200);
  const emails = (await res.json()) as { subject: string }[];
  expect(emails.map((e) => e.subject)).toContain('Møtet i mars');
  expect((await fetch(inbox('/'), { headers: { Accept: 'text/html' } })).headers.get('content-type')).toMatch(
    /^text\/html/,
  );
});

it('answers no other web origin, with or without credentials', async () => {
  const read = await fetch(inbox('/api/email'), { headers: { Origin: 'https://evil.example' } });
  expect(read.headers.get('access-control-allow-origin')).toBeNull();
  expect(read.headers.get('access-control-allow-credentials')).toBeNull();
  const preflight = await fetch(inbox('/api/email'), {
    method: 'OPTIONS',
    headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
  });
  expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
});
