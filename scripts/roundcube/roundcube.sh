#!/usr/bin/env bash
# A real Roundcube webmail on 127.0.0.1 for end-to-end tests (Debian 12, root, no systemd).
#
#   roundcube.sh install              apt-get the packages (idempotent, quick when installed)
#   roundcube.sh start                configure + start dovecot, SMTP sink, PHP server; write env.json
#   roundcube.sh stop                 stop everything started by `start` (by pid files)
#   roundcube.sh restart              stop + start (fresh mailbox, fresh user preferences)
#   roundcube.sh status               print what is running; exit 0 when all three are up
#   roundcube.sh set-htmleditor 0|1   switch compose mode without restarting (0 plain, 1 HTML)
#   roundcube.sh env                  print env.json
#
# Environment: RC_WEB_PORT (8089), RC_IMAP_PORT (14143), RC_SMTP_PORT (12525),
# RC_HTMLEDITOR (0), RC_PHP_WORKERS (4), RC_STATE_DIR (/tmp/netiquette-roundcube), RC_NODE (node).
# Everything listens on 127.0.0.1 only. See README.md next to this script.
set -Eeuo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE_DIR=${RC_STATE_DIR:-/tmp/netiquette-roundcube}
WEB_PORT=${RC_WEB_PORT:-8089}
IMAP_PORT=${RC_IMAP_PORT:-14143}
SMTP_PORT=${RC_SMTP_PORT:-12525}
PHP_WORKERS=${RC_PHP_WORKERS:-4}
NODE=${RC_NODE:-$(command -v node || true)} # Node >= 18 runs the SMTP sink

RC_USER=agent
RC_PASS=agent-pass
RC_EMAIL=agent@example.test
IDENTITY_NAME='Alex Chen'
SIGNATURE=$'Alex Chen\nCustomer Support, Example Co.\n+86 21 5555 0100'

PACKAGES=(roundcube-core roundcube-sqlite3 php8.2-cgi dovecot-imapd)
RC_MAIN_CONF=/etc/roundcube/config.inc.php
RC_EXTRA_CONF=/etc/roundcube/netiquette-e2e.inc.php
RC_DB=/var/lib/dbconfig-common/sqlite3/roundcube/roundcube
RC_DOCROOT=/var/lib/roundcube/public_html
MAIL_USER=vmail

PID_DIR=$STATE_DIR/pids
LOG_DIR=$STATE_DIR/logs
SINK_DIR=$STATE_DIR/sink
MAIL_ROOT=$STATE_DIR/mail
DOVECOT_DIR=$STATE_DIR/dovecot
ENV_FILE=$STATE_DIR/env.json
SERVICES=(dovecot smtp-sink php)

log() { printf '[roundcube] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
need_root() { [[ $(id -u) -eq 0 ]] || die "must run as root"; }

valid_htmleditor() { [[ $1 =~ ^[0-4]$ ]] || die "htmleditor must be 0 (plain) or 1 (HTML); 2-4 are Roundcube's conditional modes"; }

# ---------------------------------------------------------------- install

missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true) == installed ]] || echo "$p"
  done
}

cmd_install() {
  need_root
  local missing
  missing=$(missing_packages)
  if [[ -n $missing ]]; then
    log "installing: $(echo $missing)"
    debconf-set-selections <<'EOF'
roundcube-core roundcube/dbconfig-install boolean true
roundcube-core roundcube/database-type select sqlite3
roundcube-core roundcube/reconfigure-webserver multiselect
roundcube-core roundcube/restart-webserver boolean false
EOF
    # No daemon may be started by the maintainer scripts (dovecot would listen on *:143).
    local created_policy=0
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
      printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
      chmod 755 /usr/sbin/policy-rc.d
      created_policy=1
    fi
    local rc=0
    {
      export DEBIAN_FRONTEND=noninteractive
      apt-get -o DPkg::Lock::Timeout=600 -q update &&
        apt-get -o DPkg::Lock::Timeout=600 -q -y --no-install-recommends \
          -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
          install "${PACKAGES[@]}"
    } || rc=$?
    ((created_policy)) && rm -f /usr/sbin/policy-rc.d
    ((rc == 0)) || die "apt-get failed (exit $rc)"
    [[ -z $(missing_packages) ]] || die "packages still missing after apt-get: $(missing_packages)"
  else
    log "packages already installed"
  fi
  [[ -f $RC_DB ]] || die "Roundcube sqlite database $RC_DB missing (dbconfig-common did not run?)"
  if ! getent passwd "$MAIL_USER" >/dev/null; then
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$MAIL_USER"
  fi
  log "install ok"
}

# ---------------------------------------------------------------- helpers

# Our daemons are orphans reaped by PID 1, which may be slow to reap: a zombie counts as dead.
proc_alive() { # pid
  local state
  state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [[ -n $state && $state != Z && $state != X ]]
}

group_alive() { # pgid: any live (non-zombie) process in the group?
  ps -e -o pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^[ZX]/ { found = 1 } END { exit !found }'
}

pid_alive() { # pidfile
  local pid
  [[ -f $1 ]] || return 1
  pid=$(cat "$1" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] && proc_alive "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_get() { # url -> body on stdout
  if command -v curl >/dev/null; then
    curl -fsS --max-time 5 "$1"
  else
    "$NODE" -e 'fetch(process.argv[1],{signal:AbortSignal.timeout(5000)}).then(async r=>{if(!r.ok)process.exit(1);process.stdout.write(await r.text())}).catch(()=>process.exit(1))' "$1"
  fi
}

wait_for() { # description timeout_s command...
  local what=$1 timeout=$2 deadline
  shift 2
  deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || { log "timed out waiting for $what"; return 1; }
    sleep 0.1
  done
}

login_page_ok() { http_get "http://127.0.0.1:$WEB_PORT/" | grep -q rcmloginuser; }

stop_service() { # name
  local f=$PID_DIR/$1.pid pid i
  [[ -f $f ]] || return 0
  pid=$(cat "$f" 2>/dev/null || true)
  if [[ $pid =~ ^[0-9]+$ ]]; then
    # Each service was started with setsid, so its pid is also its process group id:
    # signal the whole group (PHP's worker processes outlive their master otherwise).
    kill -TERM "$pid" 2>/dev/null || true
    kill -TERM -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
      group_alive "$pid" || proc_alive "$pid" || break
      sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

json_str() { # string -> JSON string literal
  "$NODE" -e 'process.stdout.write(JSON.stringify(process.argv[1]))' "$1"
}

# ---------------------------------------------------------------- configuration

write_rc_config() { # htmleditor
  local tmp
  tmp=$(mktemp "$RC_EXTRA_CONF.XXXXXX")
  cat >"$tmp" <<EOF
<?php
// Generated by scripts/roundcube/roundcube.sh (Netiquette e2e tests). Rewritten on every start.
\$config['imap_host'] = '127.0.0.1:$IMAP_PORT';
\$config['smtp_host'] = '127.0.0.1:$SMTP_PORT';
\$config['smtp_user'] = '';
\$config['smtp_pass'] = '';
\$config['mail_domain'] = 'example.test';
\$config['skin'] = 'elastic';
\$config['language'] = 'en_US';
\$config['enable_spellcheck'] = false;
\$config['draft_autosave'] = 0;
\$config['refresh_interval'] = 0;
\$config['reply_mode'] = 0;
\$config['plugins'] = [];
\$config['ip_check'] = false;
\$config['login_rate_limit'] = 0;
\$config['enable_installer'] = false;
\$config['session_lifetime'] = 240;
\$config['htmleditor'] = $1;
EOF
  chmod 644 "$tmp"
  mv -f "$tmp" "$RC_EXTRA_CONF" # atomic: PHP re-reads the config on every request
  if ! grep -qF "$RC_EXTRA_CONF" "$RC_MAIN_CONF"; then
    printf "\n// Netiquette e2e tests (scripts/roundcube/roundcube.sh)\n@include('%s');\n" "$RC_EXTRA_CONF" >>"$RC_MAIN_CONF"
  fi
}

write_dovecot_config() {
  mkdir -p "$DOVECOT_DIR/run" "$DOVECOT_DIR/state"
  printf '%s:{PLAIN}%s\n' "$RC_USER" "$RC_PASS" >"$DOVECOT_DIR/passwd"
  chown root:dovecot "$DOVECOT_DIR/passwd"
  chmod 640 "$DOVECOT_DIR/passwd"
  cat >"$DOVECOT_DIR/dovecot.conf" <<EOF
# Generated by scripts/roundcube/roundcube.sh: a private dovecot instance for e2e tests.
protocols = imap
listen = 127.0.0.1
base_dir = $DOVECOT_DIR/run
state_dir = $DOVECOT_DIR/state
instance_name = netiquette-e2e
log_path = $LOG_DIR/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DOVECOT_DIR/passwd
}
userdb {
  driver = static
  args = uid=$MAIL_USER gid=$MAIL_USER home=$MAIL_ROOT/%u
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
EOF
}

seed_messages() { # write the two customer messages into $DOVECOT_DIR/seed-*.eml
  local d=$DOVECOT_DIR
  cat >"$d/seed-1.eml" <<'EOF'
Return-Path: <maria.lopez@customer.test>
From: Maria Lopez <maria.lopez@customer.test>
To: Example Co. Support <agent@example.test>
Subject: Order #48213 arrived damaged - still no refund
Date: Mon, 03 Nov 2025 09:14:00 +0000
Message-ID: <order-48213-complaint@customer.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hello,

I ordered a desk lamp (order #48213) two weeks ago. It arrived with a
cracked base and the switch does not work. I sent photos to your support
address on October 24 and nobody has answered me since.

This is the second time an order from you arrived damaged. I would like a
full refund, not a replacement, and I expect an answer this week.

Maria Lopez
EOF
  # Chinese question: UTF-8 encoded-word subject and display name, base64 body.
  {
    printf 'Return-Path: <wang.wei@customer.test>\n'
    printf 'From: =?UTF-8?B?%s?= <wang.wei@customer.test>\n' "$(printf '王伟' | base64 -w0)"
    printf 'To: Example Co. Support <agent@example.test>\n'
    printf 'Subject: =?UTF-8?B?%s?=\n' "$(printf '请问如何申请增值税发票？' | base64 -w0)"
    printf 'Date: Tue, 04 Nov 2025 10:30:00 +0800\n'
    printf 'Message-ID: <invoice-question-2025@customer.test>\n'
    printf 'MIME-Version: 1.0\n'
    printf 'Content-Type: text/plain; charset=UTF-8\n'
    printf 'Content-Transfer-Encoding: base64\n\n'
    printf '%s\n' '您好，' '' \
      '我上周在贵公司官网购买了两台打印机（订单号 58127），' \
      '请问如何申请增值税专用发票？需要提供哪些资料？' \
      '发票大概多久可以开出来？' '' '谢谢！' '王伟' | base64 -w 76
  } >"$d/seed-2.eml"
}

init_mailbox() {
  rm -rf "$MAIL_ROOT"
  mkdir -p "$MAIL_ROOT/$RC_USER"
  chown -R "$MAIL_USER:$MAIL_USER" "$MAIL_ROOT"
  chmod 755 "$MAIL_ROOT"
  chmod 700 "$MAIL_ROOT/$RC_USER"
  seed_messages
  local f
  for f in "$DOVECOT_DIR"/seed-1.eml "$DOVECOT_DIR"/seed-2.eml; do # UIDs 1 and 2, in this order
    doveadm -c "$DOVECOT_DIR/dovecot.conf" save -u "$RC_USER" -m INBOX <"$f" ||
      { log "doveadm save $f failed (see $LOG_DIR/dovecot.log)"; return 1; }
  done
}

seed_db() { # users row + default identity with a known plain-text signature; reset preferences
  RC_DB="$RC_DB" RC_USER="$RC_USER" RC_EMAIL="$RC_EMAIL" RC_NAME="$IDENTITY_NAME" RC_SIG="$SIGNATURE" \
    setpriv --reuid=www-data --regid=www-data --init-groups php -d display_errors=stderr <<'PHP'
<?php
$db = new PDO('sqlite:' . getenv('RC_DB'));
$db->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
$db->exec('PRAGMA busy_timeout = 5000');
$user = getenv('RC_USER'); $host = '127.0.0.1';
$now = gmdate('Y-m-d H:i:s');
$db->beginTransaction();
$q = $db->prepare('SELECT user_id FROM users WHERE username = ? AND mail_host = ?');
$q->execute([$user, $host]);
$id = $q->fetchColumn();
if ($id === false) {
  $db->prepare("INSERT INTO users (username, mail_host, created, language, preferences) VALUES (?, ?, ?, 'en_US', 'a:0:{}')")
     ->execute([$user, $host, $now]);
  $id = $db->lastInsertId();
} else {
  $db->prepare("UPDATE users SET preferences = 'a:0:{}', language = 'en_US', failed_login = NULL, failed_login_counter = NULL WHERE user_id = ?")
     ->execute([$id]);
}
$db->prepare('DELETE FROM identities WHERE user_id = ?')->execute([$id]);
$db->prepare('INSERT INTO identities (user_id, changed, del, standard, name, organization, email, "reply-to", bcc, signature, html_signature) VALUES (?, ?, 0, 1, ?, ?, ?, \'\', \'\', ?, 0)')
   ->execute([$id, $now, getenv('RC_NAME'), 'Example Co.', getenv('RC_EMAIL'), getenv('RC_SIG')]);
$db->exec('DELETE FROM session');
$db->commit();
PHP
}

write_env() {
  mkdir -p "$STATE_DIR"
  local tmp=$ENV_FILE.tmp
  cat >"$tmp" <<EOF
{
  "url": "http://127.0.0.1:$WEB_PORT/",
  "user": "$RC_USER",
  "password": "$RC_PASS",
  "email": "$RC_EMAIL",
  "identityName": $(json_str "$IDENTITY_NAME"),
  "signature": $(json_str "$SIGNATURE"),
  "sinkDir": $(json_str "$SINK_DIR"),
  "stateDir": $(json_str "$STATE_DIR"),
  "webPort": $WEB_PORT,
  "imapPort": $IMAP_PORT,
  "smtpPort": $SMTP_PORT
}
EOF
  mv -f "$tmp" "$ENV_FILE"
}

all_running() {
  local s
  for s in "${SERVICES[@]}"; do pid_alive "$PID_DIR/$s.pid" || return 1; done
}

# ---------------------------------------------------------------- commands

cmd_start() {
  need_root
  local htmleditor=${RC_HTMLEDITOR:-0}
  valid_htmleditor "$htmleditor"
  [[ -z $(missing_packages) && -f $RC_DB ]] || die "Roundcube is not installed: run '$0 install' first"
  getent passwd "$MAIL_USER" >/dev/null || die "user $MAIL_USER missing: run '$0 install' first"
  [[ -n $NODE ]] || die "node not found in PATH (set RC_NODE=/path/to/node)"

  if all_running && [[ $(cat "$STATE_DIR/ports" 2>/dev/null) == "$WEB_PORT $IMAP_PORT $SMTP_PORT" ]] && login_page_ok; then
    write_rc_config "$htmleditor"
    write_env
    log "already running (htmleditor=$htmleditor)"
    cat "$ENV_FILE"
    return 0
  fi
  cmd_stop quiet

  local p
  for p in "$WEB_PORT" "$IMAP_PORT" "$SMTP_PORT"; do
    port_open "$p" && die "port 127.0.0.1:$p is already in use by another process"
  done

  mkdir -p "$STATE_DIR" "$PID_DIR" "$LOG_DIR"
  chmod 755 "$STATE_DIR" "$LOG_DIR"
  rm -rf "$SINK_DIR"
  mkdir -p "$SINK_DIR"
  touch "$LOG_DIR/php-error.log"
  chown www-data:www-data "$LOG_DIR/php-error.log"

  write_dovecot_config
  write_rc_config "$htmleditor"
  seed_db

  # dovecot: foreground (-F) in its own session; output redirected so the caller's stdout is released.
  setsid dovecot -F -c "$DOVECOT_DIR/dovecot.conf" </dev/null >>"$LOG_DIR/dovecot.out" 2>&1 &
  echo $! >"$PID_DIR/dovecot.pid"
  wait_for "dovecot on 127.0.0.1:$IMAP_PORT" 20 port_open "$IMAP_PORT" || { tail -n 20 "$LOG_DIR"/dovecot.* >&2 || true; cmd_stop quiet; exit 1; }
  init_mailbox || { cmd_stop quiet; exit 1; }

  setsid "$NODE" "$HERE/smtp-sink.mjs" --port "$SMTP_PORT" --dir "$SINK_DIR" </dev/null >>"$LOG_DIR/smtp-sink.log" 2>&1 &
  echo $! >"$PID_DIR/smtp-sink.pid"

  # The built-in server ("cli-server" SAPI) runs with opcache on and revalidate_freq=2: keep the
  # config files out of opcache so set-htmleditor takes effect on the very next request.
  printf '%s\n' "$RC_EXTRA_CONF" "$RC_MAIN_CONF" >"$STATE_DIR/opcache-blacklist.txt"
  PHP_CLI_SERVER_WORKERS=$PHP_WORKERS setsid setpriv --reuid=www-data --regid=www-data --init-groups \
    php -d display_errors=0 -d log_errors=1 -d error_log="$LOG_DIR/php-error.log" \
    -d opcache.blacklist_filename="$STATE_DIR/opcache-blacklist.txt" \
    -S "127.0.0.1:$WEB_PORT" -t "$RC_DOCROOT" </dev/null >>"$LOG_DIR/php.log" 2>&1 &
  echo $! >"$PID_DIR/php.pid"

  if ! wait_for "SMTP sink on 127.0.0.1:$SMTP_PORT" 20 port_open "$SMTP_PORT" ||
    ! wait_for "Roundcube login page on 127.0.0.1:$WEB_PORT" 30 login_page_ok; then
    tail -n 20 "$LOG_DIR"/*.log >&2 || true
    cmd_stop quiet
    exit 1
  fi
  echo "$WEB_PORT $IMAP_PORT $SMTP_PORT" >"$STATE_DIR/ports"
  write_env
  log "started: http://127.0.0.1:$WEB_PORT/ (user $RC_USER, htmleditor=$htmleditor, logs in $LOG_DIR)"
  cat "$ENV_FILE"
}

cmd_stop() {
  local s
  for s in php smtp-sink dovecot; do stop_service "$s"; done
  rm -f "$ENV_FILE" "$STATE_DIR/ports"
  [[ ${1:-} == quiet ]] || log "stopped"
}

cmd_status() {
  local s rc=0
  for s in "${SERVICES[@]}"; do
    if pid_alive "$PID_DIR/$s.pid"; then
      echo "$s: running (pid $(cat "$PID_DIR/$s.pid"))"
    else
      echo "$s: stopped"
      rc=3
    fi
  done
  [[ -f $RC_EXTRA_CONF ]] && echo "htmleditor: $(sed -n "s/^\$config\['htmleditor'\] = \([0-9]\);$/\1/p" "$RC_EXTRA_CONF")"
  ((rc == 0)) && echo "env: $ENV_FILE"
  return $rc
}

cmd_set_htmleditor() {
  local mode=${1:-}
  valid_htmleditor "$mode"
  [[ -f $RC_EXTRA_CONF ]] || die "$RC_EXTRA_CONF missing: run '$0 start' first"
  local tmp
  tmp=$(mktemp "$RC_EXTRA_CONF.XXXXXX")
  sed "s/^\$config\['htmleditor'\] = .*;$/\$config['htmleditor'] = $mode;/" "$RC_EXTRA_CONF" >"$tmp"
  grep -qF "\$config['htmleditor'] = $mode;" "$tmp" || { rm -f "$tmp"; die "could not rewrite htmleditor in $RC_EXTRA_CONF"; }
  chmod 644 "$tmp"
  mv -f "$tmp" "$RC_EXTRA_CONF"
  log "htmleditor=$mode"
}

case ${1:-} in
  install) cmd_install ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop quiet; cmd_start ;;
  status) cmd_status ;;
  set-htmleditor) cmd_set_htmleditor "${2:-}" ;;
  env) cat "$ENV_FILE" ;;
  *)
    sed -n '2,14s/^# \{0,1\}//p' "$0" >&2
    exit 2
    ;;
esac
