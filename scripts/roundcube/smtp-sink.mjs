#!/usr/bin/env node
// Minimal SMTP sink for e2e tests: accepts every message and writes it to <dir>/<timestamp>-<n>.eml.
// Usage: node smtp-sink.mjs --port 12525 --dir /tmp/netiquette-roundcube/sink [--host 127.0.0.1]
// Plain Node (net module), no dependencies. Never relays anything.
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const port = Number(arg('port', process.env.RC_SMTP_PORT ?? '12525'));
const host = arg('host', '127.0.0.1');
const dir = path.resolve(arg('dir', './sink'));
const MAX_SIZE = 50 * 1024 * 1024;
fs.mkdirSync(dir, { recursive: true });

let counter = 0;
const log = (msg) => console.log(`${new Date().toISOString()} ${msg}`);

function saveMessage(envelope, data) {
  counter += 1;
  const name = `${Date.now()}-${String(counter).padStart(4, '0')}.eml`;
  const header = `X-Sink-Mail-From: <${envelope.from}>\r\nX-Sink-Rcpt-To: ${envelope.rcpt.map((r) => `<${r}>`).join(', ')}\r\n`;
  const tmp = path.join(dir, `.${name}.tmp`);
  fs.writeFileSync(tmp, Buffer.concat([Buffer.from(header, 'latin1'), data]));
  fs.renameSync(tmp, path.join(dir, name)); // readers never see a half-written file
  log(`saved ${name} from=<${envelope.from}> rcpt=${envelope.rcpt.length} bytes=${data.length}`);
  return name;
}

const server = net.createServer((socket) => {
  let buf = Buffer.alloc(0);
  let envelope = { from: null, rcpt: [] };
  let inData = false;
  let dataChunks = [];
  let dataSize = 0;
  const reply = (line) => socket.write(`${line}\r\n`);

  const resetEnvelope = () => {
    envelope = { from: null, rcpt: [] };
    inData = false;
    dataChunks = [];
    dataSize = 0;
  };

  const onDataLine = (line) => {
    // line is a Buffer without the line terminator
    if (line.length === 1 && line[0] === 0x2e) {
      const data = Buffer.concat(dataChunks);
      let name = '';
      try {
        name = saveMessage(envelope, data);
      } catch (err) {
        log(`write failed: ${err}`);
        reply('451 4.3.0 Could not store message');
        resetEnvelope();
        return;
      }
      reply(`250 2.0.0 Ok: queued as ${name}`);
      resetEnvelope();
      return;
    }
    const unstuffed = line[0] === 0x2e ? line.subarray(1) : line; // RFC 5321 4.5.2
    dataSize += unstuffed.length + 2;
    if (dataSize <= MAX_SIZE) dataChunks.push(unstuffed, Buffer.from('\r\n'));
  };

  const onCommand = (raw) => {
    const line = raw.toString('utf8');
    const verb = line.split(' ', 1)[0].toUpperCase();
    const rest = line.slice(verb.length).trim();
    switch (verb) {
      case 'EHLO':
        resetEnvelope();
        socket.write(`250-netiquette-sink Hello ${rest || 'client'}\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-SIZE ${MAX_SIZE}\r\n250 OK\r\n`);
        break;
      case 'HELO':
        resetEnvelope();
        reply('250 netiquette-sink');
        break;
      case 'MAIL': {
        const m = /^FROM:\s*<([^>]*)>/i.exec(rest);
        if (!m) return reply('501 5.5.4 Syntax: MAIL FROM:<address>');
        resetEnvelope();
        envelope.from = m[1];
        reply('250 2.1.0 Ok');
        break;
      }
      case 'RCPT': {
        const m = /^TO:\s*<([^>]*)>/i.exec(rest);
        if (!m) return reply('501 5.5.4 Syntax: RCPT TO:<address>');
        if (envelope.from === null) return reply('503 5.5.1 Need MAIL first');
        envelope.rcpt.push(m[1]);
        reply('250 2.1.5 Ok');
        break;
      }
      case 'DATA':
        if (envelope.from === null || envelope.rcpt.length === 0) return reply('503 5.5.1 Need MAIL and RCPT first');
        inData = true;
        dataChunks = [];
        dataSize = 0;
        reply('354 End data with <CR><LF>.<CR><LF>');
        break;
      case 'RSET':
        resetEnvelope();
        reply('250 2.0.0 Ok');
        break;
      case 'NOOP':
        reply('250 2.0.0 Ok');
        break;
      case 'VRFY':
        reply('252 2.0.0 Cannot VRFY user');
        break;
      case 'QUIT':
        reply('221 2.0.0 Bye');
        socket.end();
        break;
      case '':
        reply('500 5.5.2 Empty command');
        break;
      default:
        reply('502 5.5.2 Command not implemented');
    }
  };

  socket.on('data', (chunk) => {
    buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
    let nl;
    while ((nl = buf.indexOf(0x0a)) >= 0) {
      const end = nl > 0 && buf[nl - 1] === 0x0d ? nl - 1 : nl; // accept CRLF and bare LF
      const line = buf.subarray(0, end);
      buf = buf.subarray(nl + 1);
      if (inData) onDataLine(line);
      else onCommand(line);
    }
  });
  socket.on('error', () => {});
  socket.setTimeout(300_000, () => socket.destroy());
  reply('220 netiquette-sink ESMTP ready');
});

server.on('error', (err) => {
  console.error(`smtp-sink: ${err.message}`);
  process.exit(1);
});
server.listen(port, host, () => log(`listening on ${host}:${port}, writing to ${dir}`));

for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    server.close();
    process.exit(0);
  });
}
