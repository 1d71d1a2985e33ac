import { createAPIServer, type APIServer } from '@maildev/api';
import { registerUI } from '@maildev/ui/server';
import { MailDev } from 'maildev';

/** The demo's inbox: an SMTP server catching every email, and a web page to read them. */
export interface MailCatcher {
  /** The SMTP and web ports it listens on (useful when asked for 0). */
  smtpPort: number;
  webPort: number;
  stop(): Promise<void>;
}

/**
 * Starts MailDev's SMTP server, and its web inbox with CORS off: MailDev's own start answers any web
 * origin with credentials, so any page open in the same browser could read the caught emails and
 * the signed links in them. Both listen on 127.0.0.1 only. Rejects with the listener's error
 * (EADDRINUSE and its port) after stopping what did start.
 */
export async function startMailCatcher(smtpPort: number, webPort: number): Promise<MailCatcher> {
  // Silent: maildev would otherwise print the sender and recipient of every email it catches.
  const maildev = new MailDev({ smtp: smtpPort, ip: '127.0.0.1', silent: true, disableWeb: true });
  let api: APIServer | undefined;
  // Its web API announces itself with console.info whatever `silent` says; the demo's welcome names the inbox.
  const info = console.info;
  console.info = () => undefined;
  try {
    await maildev.start();
    const servers = maildev.getServers();
    if (!servers) throw new Error('MailDev started without its servers');
    api = createAPIServer({
      port: webPort,
      host: '127.0.0.1',
      basePath: '',
      storage: servers.storage,
      smtp: servers.smtp,
      cors: { origin: false, credentials: false },
    });
    await api.registerPlugins();
    await registerUI(api.server, { basePath: '' });
    await api.listen();
    const started = api;
    return {
      smtpPort: servers.smtp.getAddress().port,
      webPort: started.getAddress()?.port ?? webPort,
      async stop() {
        await started.stop().catch(() => undefined);
        await maildev.stop().catch(() => undefined);
      },
    };
  } catch (error) {
    await api?.stop().catch(() => undefined);
    await maildev.stop().catch(() => undefined);
    throw error;
  } finally {
    console.info = info;
  }
}
